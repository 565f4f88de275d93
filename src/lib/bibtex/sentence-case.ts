import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';

/**
 * Titles in the CSL items are in sentence case, as CSL expects (styles that want title case make
 * it): citation-js lower-cases each title-case word of `title`, keeping the first word, the first
 * word after a colon, words with capitals inside ("REFOCUS", "McLean") and text in braces
 * ("{Questionnaire about the Process of Recovery}") as written, the same words BibTeX styles keep.
 * Only `title` is sentence-cased: citation-js would also change series, conference and book
 * titles, which are names, so their values are braced whole here.
 */
// citation-js types the option by its default value ('never'), not by the values it accepts.
(plugins.config.get('@bibtex').parse as { sentenceCase: 'never' | 'english' | 'always' }).sentenceCase = 'always';

/** Fields citation-js reads as titles that are names of something else, kept as written. */
const NAMED_TITLES = new Set(['booktitle', 'maintitle', 'series', 'eventtitle', 'journaltitle', 'origtitle', 'type', 'shorttitle']);

/** A field value as citation-js should see it: a name-like title braced whole so its case is kept. */
export function protectNamedTitle(fieldName: string, value: string): string {
  return NAMED_TITLES.has(fieldName) ? `{${value}}` : value;
}
