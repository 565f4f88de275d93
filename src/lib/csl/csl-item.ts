/** A person or organisation as CSL-JSON names it. `literal` holds a name that must not be split. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

/** A CSL date: `date-parts` like [[2011, 12]]. */
export interface CslDate {
  'date-parts'?: (number | string)[][];
  literal?: string;
  raw?: string;
}

/** The CSL-JSON fields this site reads; citation-js may add others, which pass through untouched. */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  volume?: string | number;
  issue?: string | number;
  page?: string;
  edition?: string | number;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  ISBN?: string;
  ISSN?: string;
  URL?: string;
  note?: string;
  abstract?: string;
  genre?: string;
  [field: string]: unknown;
}
