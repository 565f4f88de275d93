/** A section of a page, for its "On this page" navigation: the heading's id and text. */
export interface PageSection {
  slug: string;
  text: string;
}

/** The pages of a page's section, for its section navigation. */
export interface SectionPages {
  /** What the pages are ("MRC stages"), the navigation's name. */
  label: string;
  items: { href: string; title: string; current: boolean }[];
}

/** The id of a page's reference list heading (ReferenceList.astro), the target of "On this page". */
export const REFERENCES_HEADING_ID = 'references-heading';
