/**
 * The bibliography file the site annotates (every entry has stages, CHIME processes… in
 * content/annotations/). Its records must be complete, so a missing title or year there fails the
 * build; any other .bib file beside it is read as BibTeX reads it, with warnings.
 */
export const ANNOTATED_BIBLIOGRAPHY = 'references/refocus.bib';
