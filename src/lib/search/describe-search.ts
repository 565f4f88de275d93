import { CONTENT_TYPES, type ContentType, type Facet, type FacetName } from './facets.ts';
import { SORT_ORDERS, type SortOrder, type SearchState } from './search-state.ts';

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

/**
 * The sentence for a search with no words and no filters, which lists everything: "Everything in
 * the evidence base: 31 publications (newest first), 20 pages and 11 manual chapters." (short: the
 * search hint already says how to search and browse). `typeCounts` counts each content type.
 */
export function describeEverything(typeCounts: Partial<Record<string, number>>, order: SortOrder): string {
  const types = (['publication', ...Object.keys(CONTENT_TYPES).filter((type) => type !== 'publication')] as ContentType[]).filter((type) => (typeCounts[type] ?? 0) > 0);
  const parts = types.map((type) => {
    const count = typeCounts[type] ?? 0;
    const noun = plural(count, CONTENT_TYPES[type].toLowerCase());
    return type === 'publication' && order !== 'relevance' ? `${noun} (${SORT_ORDERS[order].toLowerCase()})` : noun;
  });
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing');
  return `Everything in the evidence base: ${list}.`;
}
