/** A search facet: one Pagefind filter, named as the URL parameter that carries it (`/search/?stage=theory`). */
export interface Facet {
  /** The Pagefind filter and the URL parameter. */
  name: string;
  /** What the search page calls it. */
  label: string;
}

/** A facet's name: its Pagefind filter and its URL parameter. */
export type FacetName = string;

/** The facet of content types, always first. */
export const CONTENT_TYPE_FACET: Facet = { name: 'type', label: 'Content type' };
/** The facet of publication years, always last. */
export const YEAR_FACET: Facet = { name: 'year', label: 'Year' };

/**
 * The search facets in display order: content type, then one per dimension of the framework and the
 * study type (as content/framework.yaml declares them), then year. Publication pages tag themselves
 * with these names (`data-pagefind-filter="stage:theory"`); the search page lists them in this order.
 */
export function listFacets(framework: { dimensions: { facet: string; labels: { singular: string } }[]; studyTypes: { facet: string; label: string } }): Facet[] {
  return [
    CONTENT_TYPE_FACET,
    ...framework.dimensions.map((dimension) => ({ name: dimension.facet, label: dimension.labels.singular })),
    { name: framework.studyTypes.facet, label: framework.studyTypes.label },
    YEAR_FACET,
  ];
}

/**
 * The kinds of content the index holds, as the `type` facet's values. A layout sets one with its
 * `searchType` prop; a page whose layout sets none is a "page".
 */
export const CONTENT_TYPES = {
  page: 'Page',
  publication: 'Publication',
  manual: 'Manual chapter',
} as const;

/** A content type's id (the `type` filter value). */
export type ContentType = keyof typeof CONTENT_TYPES;

/**
 * Parts of an indexed page that are not its content: chrome that repeats on many pages, or lists
 * whose every entry is a publication with its own result. Kept out of the index so that a search
 * for an author finds the publications, not every page whose reference list names them.
 */
export const SEARCH_EXCLUDE_SELECTORS = [
  '.breadcrumbs',
  '[data-basket-toggle]',
  '.copy-button',
  '.reference-styles',
  '.Z3988',
  '.references',
  '.publication-list',
  '.downloads',
] as const;
