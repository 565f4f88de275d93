/**
 * The search facets: one Pagefind filter per facet, named as the URL parameter that carries it
 * (`/search/?stage=theory&chime=hope`). Publication pages tag themselves with these names
 * (`data-pagefind-filter="stage:theory"`); the search page lists them in this order.
 */
export const FACETS = [
  { name: 'type', label: 'Content type' },
  { name: 'stage', label: 'MRC stage' },
  { name: 'chime', label: 'CHIME process' },
  { name: 'component', label: 'Best-practice component' },
  { name: 'practice', label: 'Intervention part' },
  { name: 'study', label: 'Study type' },
  { name: 'year', label: 'Year' },
] as const;

/** A facet's name: its Pagefind filter and its URL parameter. */
export type FacetName = (typeof FACETS)[number]['name'];

/** Every facet name, in display order. */
export const FACET_NAMES: readonly FacetName[] = FACETS.map((facet) => facet.name);

/** Whether a string names a facet. */
export function isFacetName(name: string): name is FacetName {
  return (FACET_NAMES as readonly string[]).includes(name);
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

/** The annotation dimension behind each taxonomy facet (see content/annotations/). */
export const FACET_DIMENSIONS = {
  stage: 'stages',
  chime: 'chime',
  component: 'components',
  practice: 'practices',
} as const satisfies Partial<Record<FacetName, string>>;

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
