import { yearOf } from '../lib/csl/citation-labels.ts';
import { CONTENT_TYPES, FACET_DIMENSIONS, FACETS, type FacetName } from '../lib/search/facets.ts';
import { getPublications } from './publications.ts';
import { getTaxonomy, listItems } from './taxonomy.ts';

/** A facet as the search page lists it: every value it can take, with the label people read. */
export interface SearchFacet {
  name: FacetName;
  label: string;
  values: { value: string; label: string }[];
}

/**
 * The facets of /search/ and their values, from the taxonomy (in its order), the content types
 * and the years of the publications (newest first). Counts come from the index in the browser.
 */
export async function getSearchFacets(): Promise<SearchFacet[]> {
  const [taxonomy, publications] = await Promise.all([getTaxonomy(), getPublications()]);
  const years = [...new Set(publications.map((record) => yearOf(record.item)))].sort().reverse();
  const valuesOf = (name: FacetName): SearchFacet['values'] => {
    if (name === 'type') return Object.entries(CONTENT_TYPES).map(([value, label]) => ({ value, label }));
    if (name === 'year') return years.map((year) => ({ value: year, label: year }));
    if (name === 'study') return listItems(taxonomy, 'studyTypes').map((item) => ({ value: item.id, label: item.title }));
    return listItems(taxonomy, FACET_DIMENSIONS[name]).map((item) => ({ value: item.id, label: item.title }));
  };
  return FACETS.map((facet) => ({ name: facet.name, label: facet.label, values: valuesOf(facet.name) }));
}
