import type { FacetName } from './facets.ts';
import { withoutFacet, type FacetSelection } from './search-state.ts';

/** How many results each facet value has: facet → value → count. */
export type FacetCounts = Partial<Record<FacetName, Record<string, number>>>;

/** One search run to count facet values: the main search (facet null) or the one for a chosen facet. */
export interface CountSearch {
  /** The facet this search counts, or null for the main search, which counts every other facet. */
  facet: FacetName | null;
  filters: FacetSelection;
}

/**
 * The searches needed for counts that match OR within a facet. Pagefind counts each value among
 * the results of all chosen filters, which is right for facets with nothing chosen; a facet with
 * a choice is counted again without its own filter, so its other values show what choosing them
 * would add. The main search comes first.
 */
export function planCountSearches(filters: FacetSelection, facets: readonly FacetName[]): CountSearch[] {
  const chosen = facets.filter((facet) => (filters[facet]?.length ?? 0) > 0);
  return [{ facet: null, filters }, ...chosen.map((facet) => ({ facet, filters: withoutFacet(filters, facet) }))];
}

/**
 * Joins the counts of the planned searches (same order as the plan): each chosen facet from its
 * own search, every other facet from the main one. A chosen value missing from the counts shows 0.
 */
export function mergeFacetCounts(plan: CountSearch[], counts: Record<string, Record<string, number>>[], facets: readonly FacetName[]): FacetCounts {
  if (plan.length !== counts.length) throw new Error(`mergeFacetCounts: ${plan.length} searches planned but ${counts.length} counted.`);
  const merged: FacetCounts = {};
  const main = counts[0] ?? {};
  for (const facet of facets) {
    const own = plan.findIndex((search) => search.facet === facet);
    const source = own >= 0 ? (counts[own] ?? {}) : main;
    const values = { ...(source[facet] ?? {}) };
    for (const value of plan[0]?.filters[facet] ?? []) values[value] ??= 0;
    merged[facet] = values;
  }
  return merged;
}

/**
 * Results in a sorted order, followed by the results the sort left out (Pagefind drops pages
 * without the sort key, such as prose pages without a year) in relevance order, so sorting never
 * changes how many results there are.
 */
export function appendUnsorted<T extends { id: string }>(sorted: T[], byRelevance: T[]): T[] {
  const seen = new Set(sorted.map((result) => result.id));
  return [...sorted, ...byRelevance.filter((result) => !seen.has(result.id))];
}
