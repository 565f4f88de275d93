import type { FacetName } from './facets.ts';

/** The orders results can be shown in; the default, relevance, is left out of the URL. */
export const SORT_ORDERS = {
  relevance: 'Relevance',
  newest: 'Newest first',
  oldest: 'Oldest first',
} as const;

export type SortOrder = keyof typeof SORT_ORDERS;

/** The values chosen in each facet: OR within a facet, AND across facets. */
export type FacetSelection = Partial<Record<FacetName, string[]>>;

/** Everything that decides what a search shows; it lives in the URL (`/search/?q=hope&stage=theory`). */
export interface SearchState {
  /** The words typed, trimmed; empty when browsing by facets alone. */
  query: string;
  filters: FacetSelection;
  sort: SortOrder;
}

/** The URL parameter that holds the query. */
export const QUERY_PARAM = 'q';
/** The URL parameter that holds the sort order. */
export const SORT_PARAM = 'sort';

function isSortOrder(value: string): value is SortOrder {
  return Object.hasOwn(SORT_ORDERS, value);
}

/** Reads a search from URL parameters, ignoring parameters that name no facet of `facets`, blank and repeated values. */
export function parseSearchParams(params: URLSearchParams, facets: readonly FacetName[]): SearchState {
  const filters: FacetSelection = {};
  for (const facet of facets) {
    const values = [
      ...new Set(
        params
          .getAll(facet)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length > 0) filters[facet] = values;
  }
  const sort = params.get(SORT_PARAM) ?? '';
  return { query: (params.get(QUERY_PARAM) ?? '').replace(/\s+/g, ' ').trim(), filters, sort: isSortOrder(sort) ? sort : 'relevance' };
}

/** Writes a search as URL parameters, in a fixed order (query, `facets` in display order, sort) so equal searches share one URL. */
export function formatSearchParams(state: SearchState, facets: readonly FacetName[]): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const facet of facets) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  if (state.sort !== 'relevance') params.set(SORT_PARAM, state.sort);
  return params;
}

/** Whether any facet has a value chosen. */
export function hasFilters(filters: FacetSelection): boolean {
  return Object.values(filters).some((values) => (values?.length ?? 0) > 0);
}

/** Whether a search would show nothing yet: no words and no facet chosen. */
export function isBlankSearch(state: SearchState): boolean {
  return !state.query && !hasFilters(state.filters);
}

/** The selection with one value chosen or dropped; a facet left with no value disappears. */
export function toggleFilter(filters: FacetSelection, facet: FacetName, value: string, chosen: boolean): FacetSelection {
  const others = (filters[facet] ?? []).filter((existing) => existing !== value);
  const values = chosen ? [...others, value] : others;
  const next = { ...filters };
  if (values.length > 0) next[facet] = values;
  else delete next[facet];
  return next;
}

/** The selection without one facet, for counting that facet's values (OR within a facet). */
export function withoutFacet(filters: FacetSelection, facet: FacetName): FacetSelection {
  const next = { ...filters };
  delete next[facet];
  return next;
}

/** The selection as Pagefind's filter object: `{ stage: { any: ['theory', 'model'] } }`; keys are ANDed. */
export function toPagefindFilters(filters: FacetSelection): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter((entry): entry is [FacetName, string[]] => (entry[1]?.length ?? 0) > 0)
      .map(([facet, values]) => [facet, { any: values }]),
  );
}

/**
 * The order results are shown in: the chosen one, except that "relevance" without words (browsing
 * everything, or by filters alone) has nothing to be relevant to, so publications come newest first.
 */
export function orderOf(state: SearchState): SortOrder {
  return state.sort === 'relevance' && !state.query ? 'newest' : state.sort;
}
