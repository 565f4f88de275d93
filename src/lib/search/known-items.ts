import type { CslItem } from '../csl/csl-item.ts';
import { yearOf } from '../csl/citation-labels.ts';
import { foldDiacritics, nameSearchForms } from './publication-search.ts';

/**
 * Known-item search: a reader who types a publication's DOI, its title, its citation key or its
 * in-text label ("Le Boutillier 2011") wants that publication first. The build writes a lookup
 * from each of those forms to the citation keys (`/search/known-items.json`); the browser looks the
 * query up and puts the publications it names first.
 */

/** Each form a publication can be asked for by (see normaliseForLookup), with the keys of the publications it names. */
export type KnownItems = Record<string, string[]>;

/** A publication as the lookup needs it. */
export interface KnownItemSource {
  key: string;
  item: CslItem;
  /** The site's in-text label, "Le Boutillier et al., 2011". */
  citationLabel: string;
}

/** Finds a DOI anywhere in a query ("https://doi.org/10.1192/X", "doi:10.1192/X", "10.1192/X."). */
const DOI_PATTERN = /\b(10\.\d{4,9}\/\S+)/i;

/** The DOI in a text, in lower case (DOIs are case-insensitive), without trailing punctuation; undefined if it holds none. */
export function findDoi(text: string): string | undefined {
  const doi = DOI_PATTERN.exec(text)?.[1];
  return doi?.replace(/[.,;]+$/, '').toLowerCase();
}

/**
 * A title, key or label as it is compared: without accents, in lower case, with punctuation,
 * "et al." and "&" or "and" between names left out ("Le Boutillier et al., 2011" → "le boutillier 2011").
 */
export function normaliseForLookup(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/\bet al\b\.?/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(and)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An author–year form as it is compared: normalised, without spaces ("Le Boutillier et al., 2011" and "leboutillier2011" → "author-year leboutillier2011"). */
function authorYearForm(text: string): string {
  return `author-year ${normaliseForLookup(text).replace(/ /g, '')}`;
}

/** A citation key of the common form family name, year, first word ("leboutillier2011recovery") starts with its first author and year. */
const KEY_AUTHOR_YEAR = /^(\p{L}+)(\d{4})(?!\d)/u;

/**
 * The forms a publication can be asked for by: its DOI, key, title (and main title before a colon),
 * and as author and year: its label, its first author with the year, and the start of its key
 * (which names the first author even when the record lacks its authors).
 */
export function knownItemForms({ key, item, citationLabel }: KnownItemSource): string[] {
  const forms = [normaliseForLookup(key), authorYearForm(citationLabel)];
  const doi = item.DOI && findDoi(item.DOI);
  if (doi) forms.push(`doi ${doi}`);
  if (item.title) {
    forms.push(normaliseForLookup(item.title));
    const main = item.title.split(/[:?]\s/)[0] ?? '';
    // A main title of three words or more is specific enough to name the publication.
    if (main !== item.title && normaliseForLookup(main).split(' ').length >= 3) forms.push(normaliseForLookup(main));
  }
  const first = item.author?.[0] ?? item.editor?.[0];
  if (first) for (const name of nameSearchForms(first)) forms.push(authorYearForm(`${name} ${yearOf(item)}`));
  const fromKey = KEY_AUTHOR_YEAR.exec(key);
  if (fromKey) forms.push(authorYearForm(`${fromKey[1]} ${fromKey[2]}`));
  return [...new Set(forms.filter((form) => form.replace(/^(author-year|doi) ?/, '') !== ''))];
}

/** The lookup of every publication's forms; a form shared by several publications names them all, in the order given. */
export function buildKnownItems(sources: readonly KnownItemSource[]): KnownItems {
  const lookup: KnownItems = {};
  for (const source of sources) {
    for (const form of knownItemForms(source)) {
      const keys = (lookup[form] ??= []);
      if (!keys.includes(source.key)) keys.push(source.key);
    }
  }
  return lookup;
}

/** A study type as the lookup needs it, with the keys of its publications in the order they should come first. */
export interface StudyTypeSource {
  id: string;
  title: string;
  keys: readonly string[];
}

/**
 * Adds the study types to the lookup: a reader who types a study type's name ("trial", "trials",
 * "systematic review") gets its publications first, then everything else the words find. A form
 * that already names a publication (a title, a key) keeps it: a study type never displaces one.
 */
export function addStudyTypes(lookup: KnownItems, types: readonly StudyTypeSource[]): KnownItems {
  const result: KnownItems = { ...lookup };
  for (const type of types) {
    if (type.keys.length === 0) continue;
    const name = normaliseForLookup(type.title);
    const forms = new Set([name, name.endsWith('s') ? name : `${name}s`, normaliseForLookup(type.id)]);
    for (const form of forms) if (form !== '' && !Object.hasOwn(result, form)) result[form] = [...type.keys];
  }
  return result;
}

/** Whether a query has the shape of names and a year ("Le Boutillier 2011", "Slade & Longden, 2015a", "Leamy et al. 2011"). */
const AUTHOR_YEAR_QUERY = /^[\p{L}\s.,&'’-]+\d{4}[a-z]?$/u;

/** The keys of the publications a query names: by the DOI it holds, or by being exactly a known form (the shape of names and a year compared without spaces). */
export function findKnownItems(query: string, lookup: KnownItems): string[] {
  const doi = findDoi(query);
  const forms = doi ? [`doi ${doi}`] : [normaliseForLookup(query), ...(AUTHOR_YEAR_QUERY.test(query.trim()) ? [authorYearForm(query)] : [])];
  return [...new Set(forms.flatMap((form) => (Object.hasOwn(lookup, form) ? (lookup[form] ?? []) : [])))];
}

/** The results with `first` in front, in its order, and each result once (a pinned result is taken out of its old place). */
export function putFirst<T extends { id: string }>(results: readonly T[], first: readonly T[]): T[] {
  const pinned = first.filter((result, index) => first.findIndex((other) => other.id === result.id) === index);
  const ids = new Set(pinned.map((result) => result.id));
  return [...pinned, ...results.filter((result) => !ids.has(result.id))];
}
