import { citedName, yearOf, type CitationLabel } from './citation-labels.ts';
import type { CslItem, CslName } from './csl-item.ts';

/** A formatted reference as the loader keeps it: escaped HTML for pages, plain text for the clipboard. */
export interface FormattedReference {
  html: string;
  text: string;
}

/**
 * Writes an item's year letter into its formatted reference, after the first "(year" the style printed
 * ("(2014)." becomes "(2014a)."). citeproc formats each entry on its own (src/lib/csl/reference-batches.ts),
 * so it cannot know which entries share authors and year; the letters come from the whole bibliography.
 */
export function addYearSuffix(reference: FormattedReference, year: string, suffix: string): FormattedReference {
  if (!suffix) return reference;
  const pattern = new RegExp(`\\(${year.replace(/\./g, '\\.')}(?=[),])`);
  const insert = (value: string) => value.replace(pattern, `(${year}${suffix}`);
  return { html: insert(reference.html), text: insert(reference.text) };
}

const nameSortKey = (name: CslName) => `${citedName(name)} ${name.given ?? ''}`.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const authorsOf = (item: CslItem): CslName[] => (item.author?.length ? item.author : (item.editor ?? []));
const yearRank = (item: CslItem) => (yearOf(item) === 'n.d.' ? -Infinity : Number(yearOf(item)) || Infinity);

/**
 * Orders references as APA 7 does (9.44–9.47): name by name through the author lists (a list that ends
 * first comes first, so one author's own work precedes their co-authored work), then by year (no date
 * first), then by the year letters; an item without authors is placed by its title.
 */
export function compareApaReferences(a: CslItem, b: CslItem, labels: Map<string, CitationLabel>): number {
  const namesA = authorsOf(a).map(nameSortKey);
  const namesB = authorsOf(b).map(nameSortKey);
  if (namesA.length === 0) namesA.push((a.title ?? '').toLowerCase());
  if (namesB.length === 0) namesB.push((b.title ?? '').toLowerCase());
  for (let index = 0; index < Math.min(namesA.length, namesB.length); index++) {
    const order = (namesA[index] ?? '').localeCompare(namesB[index] ?? '', 'en');
    if (order !== 0) return order;
  }
  return (
    namesA.length - namesB.length ||
    yearRank(a) - yearRank(b) ||
    (labels.get(a.id)?.yearSuffix ?? '').localeCompare(labels.get(b.id)?.yearSuffix ?? '') ||
    (a.title ?? '').localeCompare(b.title ?? '') ||
    a.id.localeCompare(b.id)
  );
}
