import { yearOf } from '../lib/csl/citation-labels.ts';
import { CONTENT_TYPE_FACET, CONTENT_TYPES, listFacets, YEAR_FACET, type Facet } from '../lib/search/facets.ts';
import { FRAMEWORK } from './framework.ts';
import { getPublications } from './publications.ts';
import { getTaxonomy, listItems, listStudyTypes } from './taxonomy.ts';

/** The search facets of this site, from its framework (content/framework.yaml). */
export const FACETS: Facet[] = listFacets(FRAMEWORK);

/** A facet as the search page lists it: every value it can take, with the label people read. */
export interface SearchFacet extends Facet {
  values: { value: string; label: string }[];
}

/**
 * The facets of /search/ and their values, from the framework's items (in their order), the study
 * types, the content types and the years of the publications (newest first). Counts come from the
 * index in the browser.
 */
export async function getSearchFacets(): Promise<SearchFacet[]> {
  const [taxonomy, publications] = await Promise.all([getTaxonomy(), getPublications()]);
  const years = [...new Set(publications.map((record) => yearOf(record.item)))].sort().reverse();
  const options = (items: { id: string; title: string }[]) => items.map((item) => ({ value: item.id, label: item.title }));
  const valuesOf = new Map<string, SearchFacet['values']>([
    [CONTENT_TYPE_FACET.name, Object.entries(CONTENT_TYPES).map(([value, label]) => ({ value, label }))],
    [YEAR_FACET.name, years.map((year) => ({ value: year, label: year }))],
    [FRAMEWORK.studyTypes.facet, options(listStudyTypes(taxonomy))],
    ...FRAMEWORK.dimensions.map((dimension) => [dimension.facet, options(listItems(taxonomy, dimension))] as const),
  ]);
  return FACETS.map((facet) => ({ name: facet.name, label: facet.label, values: valuesOf.get(facet.name) ?? [] }));
}
