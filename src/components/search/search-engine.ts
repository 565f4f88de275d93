import { inBase } from '../common/base-path.ts';
import { appendUnsorted, mergeFacetCounts, planCountSearches, type FacetCounts } from '../../lib/search/facet-counts.ts';
import type { FacetName } from '../../lib/search/facets.ts';
import { findKnownItems, putFirst, type KnownItems } from '../../lib/search/known-items.ts';
import type { PagefindModule, PagefindResponse, PagefindResult } from '../../lib/search/pagefind-api.ts';
import { orderOf, toPagefindFilters, type FacetSelection, type SearchState } from '../../lib/search/search-state.ts';
import type { Vocabulary } from '../../lib/search/spelling.ts';

/** Where the build writes Pagefind's browser module (src/integrations/pagefind.ts). */
const PAGEFIND_MODULE = inBase('/pagefind/pagefind.js');
/** The known-item lookup (src/pages/search/known-items.json.ts). */
const KNOWN_ITEMS = inBase('/search/known-items.json');
/** The index's words and their counts (written beside the index by src/integrations/pagefind.ts). */
const VOCABULARY = inBase('/pagefind/vocabulary.json');

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

/** A JSON file of the build, fetched once when first needed; a failed fetch gives `fallback` and is tried again next time. */
function lazyJson<T>(url: string, fallback: T): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<T>;
    });
    return pending.catch(() => {
      pending = undefined;
      return fallback;
    });
  };
}

const loadKnownItems = lazyJson<KnownItems>(KNOWN_ITEMS, {});
/** The vocabulary for "Did you mean", loaded only when a search finds few results. */
export const loadVocabulary = lazyJson<Vocabulary>(VOCABULARY, {});

/** What a search found: results in display order and the count of every facet value. */
export interface SearchOutcome {
  results: PagefindResult[];
  counts: FacetCounts;
  /** How many of the results are publications (what an export would hold). */
  publicationCount: number;
}

const EMPTY: PagefindResponse = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/** At most this many publications are put first for one query (a label such as "Slade 2011" may name several). */
const MAX_KNOWN_ITEMS = 5;

/**
 * The results for the publications a query names exactly (its DOI, title, citation key or label,
 * known-items.ts), found by searching for each one's key among the same filters; none when the
 * query names none, or a publication the filters leave out.
 */
async function findNamedPublications(pagefind: PagefindModule, query: string, filters: FacetSelection): Promise<PagefindResult[]> {
  const keys = findKnownItems(query, await loadKnownItems()).slice(0, MAX_KNOWN_ITEMS);
  const found = await Promise.all(
    keys.map(async (key) => {
      const response = (await pagefind.search(key, { filters: toPagefindFilters(filters) })) ?? EMPTY;
      for (const result of response.results.slice(0, 3)) if ((await result.data()).meta.key === key) return [result];
      return [];
    }),
  );
  return found.flat();
}

/**
 * Runs a search: the main search and one per chosen facet for OR-within-facet counts (see
 * planCountSearches) among `facets`, and for a year order the sorted search, followed by what it
 * leaves out. Without words or filters it lists everything: publications newest first, then pages.
 * In relevance order, the publications the query names exactly come first.
 */
export async function runSearch(state: SearchState, facets: readonly FacetName[]): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const term = state.query || null;
  const plan = planCountSearches(state.filters, facets);
  const responses = await Promise.all(plan.map(async (search) => (await pagefind.search(term, { filters: toPagefindFilters(search.filters) })) ?? EMPTY));
  const main = responses[0] ?? EMPTY;
  let results = main.results;
  const order = orderOf(state);
  if (order !== 'relevance') {
    const sorted = (await pagefind.search(term, { filters: toPagefindFilters(state.filters), sort: { year: order === 'newest' ? 'desc' : 'asc' } })) ?? EMPTY;
    results = appendUnsorted(sorted.results, main.results);
  } else if (state.query) {
    results = putFirst(results, await findNamedPublications(pagefind, state.query, state.filters));
  }
  return {
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
