import type { CslItem } from '../csl/csl-item.ts';
import type { ResolvedEntry } from './resolve-macros.ts';

/**
 * The genre citation-js writes for an entry type, and what a reference should say instead. An
 * entry type is not a genre: APA would print "[Techreport]" and Zotero store "techreport" as the
 * report type. A report says nothing; theses say the degree as APA 7 words it.
 */
const GENRE_OF_ENTRY_TYPE: Record<string, string | undefined> = {
  techreport: undefined,
  report: undefined,
  phdthesis: 'Doctoral dissertation',
  mathesis: "Master's thesis",
  mastersthesis: "Master's thesis",
};

/** Item types whose `series` has a number in the series (BibTeX writes it as `volume` or `number`). */
const SERIES_TYPES = new Set(['book', 'chapter', 'paper-conference', 'report']);

/**
 * Corrects what citation-js makes of an entry where it departs from what CSL styles and Zotero
 * expect (the BibTeX export keeps the entry as written):
 *   - an entry-type name given as genre ("techreport", "phdthesis") is dropped or said in words,
 *     unless the entry has its own `type` field;
 *   - a book in a series with a `volume` and no `number` has its number in the series, not a
 *     volume of a multi-volume work: `collection-number`, so APA does not print "(Vol. 4)";
 *   - a @misc with a URL and no publisher or container is a web page.
 */
export function refineCsl(entry: ResolvedEntry, item: CslItem): CslItem {
  const refined: CslItem = { ...item };
  const has = (name: string) => entry.fields.some((field) => field.name === name);
  if (refined.genre !== undefined && !has('type') && Object.hasOwn(GENRE_OF_ENTRY_TYPE, refined.genre)) {
    const genre = GENRE_OF_ENTRY_TYPE[refined.genre];
    if (genre === undefined) delete refined.genre;
    else refined.genre = genre;
  }
  if (SERIES_TYPES.has(refined.type) && refined['collection-title'] && refined.volume !== undefined && refined['collection-number'] === undefined && !has('number')) {
    refined['collection-number'] = refined.volume;
    delete refined.volume;
  }
  if (entry.type === 'misc' && refined.type === 'document' && refined.URL && !refined.publisher && !refined['container-title']) refined.type = 'webpage';
  return refined;
}
