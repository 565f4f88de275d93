import type { Facet, FacetName } from './facets.ts';
import { SORT_ORDERS, type SearchState } from './search-state.ts';

/** Names a facet value for people ("theory" → "Theory stage"); the value itself when unknown. */
export type LabelFacetValue = (facet: FacetName, value: string) => string;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The chosen filters in words: "MRC stage: Theory stage or Model stage; Year: 2015". */
export function describeFilters(state: SearchState, labelOf: LabelFacetValue, facets: readonly Facet[]): string {
  return facets
    .filter((facet) => (state.filters[facet.name]?.length ?? 0) > 0)
    .map((facet) => `${facet.label}: ${(state.filters[facet.name] ?? []).map((value) => labelOf(facet.name, value)).join(' or ')}`)
    .join('; ');
}

/**
 * The sentence that tells how a search went, shown above the results and read out politely by
 * screen readers: "12 results for “hope”, filtered by MRC stage: Theory stage, newest first."
 * (the order is named when it is not relevance, so a change of order is announced too).
 */
export function describeOutcome(count: number, state: SearchState, labelOf: LabelFacetValue, facets: readonly Facet[]): string {
  const filters = describeFilters(state, labelOf, facets);
  const what = [
    state.query ? `for “${state.query}”` : '',
    filters ? `${state.query ? 'filtered by ' : 'with '}${filters}` : '',
    state.sort === 'relevance' ? '' : SORT_ORDERS[state.sort].toLowerCase(),
  ]
    .filter(Boolean)
    .join(', ');
  if (count === 0) return `No results ${what}. Try fewer or other words, or remove a filter.`;
  return `${plural(count, 'result')} ${what}.`;
}
