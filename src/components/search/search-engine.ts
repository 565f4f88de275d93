import { inBase } from '../common/base-path.ts';
import { appendUnsorted, mergeFacetCounts, planCountSearches, type FacetCounts } from '../../lib/search/facet-counts.ts';
import type { FacetName } from '../../lib/search/facets.ts';
import type { PagefindModule, PagefindResponse, PagefindResult } from '../../lib/search/pagefind-api.ts';
import { isBlankSearch, toPagefindFilters, type SearchState } from '../../lib/search/search-state.ts';

/** Where the build writes Pagefind's browser module (src/integrations/pagefind.ts). */
const PAGEFIND_MODULE = inBase('/pagefind/pagefind.js');

/** Ranking: author-name and year metadata (a publication's `names`) counts as much as a title match. */
const RANKING = { metaWeights: { names: 5 } };

let loading: Promise<PagefindModule> | undefined;

/** Loads Pagefind the first time someone searches; later calls share the same module. A failed load may be retried. */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_MODULE)) as PagefindModule;
    // Result addresses are the pages' paths under the base path the site is served from.
    await pagefind.options({ excerptLength: 26, ranking: RANKING, baseUrl: inBase('/') });
    await pagefind.init();
    // Pagefind loads a filter's chunk only when a search uses that filter, and counts only loaded
    // filters; loading them all (about 1 kB here) makes every search count every facet.
    await pagefind.filters();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** What a search found: results in display order and the count of every facet value. */
export interface SearchOutcome {
  /** False when there was nothing to search for (no words, no filters): results are empty, counts are totals. */
  searched: boolean;
  results: PagefindResult[];
  counts: FacetCounts;
  /** How many of the results are publications (what an export would hold). */
  publicationCount: number;
}

const EMPTY: PagefindResponse = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/**
 * Runs a search: the main search and one per chosen facet for OR-within-facet counts (see
 * planCountSearches) among `facets`, and for a year order the sorted search, followed by what it leaves out.
 */
export async function runSearch(state: SearchState, facets: readonly FacetName[]): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  if (isBlankSearch(state)) return { searched: false, results: [], counts: await pagefind.filters(), publicationCount: 0 };
  const term = state.query || null;
  const plan = planCountSearches(state.filters, facets);
  const responses = await Promise.all(plan.map(async (search) => (await pagefind.search(term, { filters: toPagefindFilters(search.filters) })) ?? EMPTY));
  const main = responses[0] ?? EMPTY;
  let results = main.results;
  if (state.sort !== 'relevance') {
    const sorted = (await pagefind.search(term, { filters: toPagefindFilters(state.filters), sort: { year: state.sort === 'newest' ? 'desc' : 'asc' } })) ?? EMPTY;
    results = appendUnsorted(sorted.results, main.results);
  }
  return {
    searched: true,
    results,
    counts: mergeFacetCounts(
      plan,
      responses.map((response) => response.filters),
      facets,
    ),
    publicationCount: main.filters.type?.publication ?? 0,
  };
}

/** A publication among the results, as the cite basket and the export need it. */
export interface FoundPublication {
  key: string;
  title: string;
  apa: string;
}

/** Every publication in a search's results (the same search restricted to publications), with its metadata loaded. */
export async function findPublications(state: SearchState): Promise<FoundPublication[]> {
  const pagefind = await loadPagefind();
  const response = (await pagefind.search(state.query || null, { filters: toPagefindFilters({ ...state.filters, type: ['publication'] }) })) ?? EMPTY;
  const fragments = await Promise.all(response.results.map((result) => result.data()));
  return fragments.flatMap(({ meta }) => (meta.key ? [{ key: meta.key, title: meta.title ?? meta.key, apa: meta.apa ?? '' }] : []));
}
