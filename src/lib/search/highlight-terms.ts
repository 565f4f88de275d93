import { foldDiacritics } from './publication-search.ts';

/** The URL parameter that carries the words to highlight on the page a result opens. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** Words too common to be worth marking on a page. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'by',
  'does',
  'for',
  'from',
  'how',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'what',
  'which',
  'who',
  'why',
  'with',
]);

/** A word of text: letters and digits, joined by inner hyphens or apostrophes ("goal-striving", "O'Hagan"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a query worth highlighting: as typed, without surrounding punctuation or stop words, once each. */
export function highlightTerms(query: string): string[] {
  const words = query.match(WORD) ?? [];
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = foldDiacritics(word.toLowerCase());
    if (STOP_WORDS.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Whether a word of the page matches a search term, ignoring case and accents: the same word, or
 * (for words of four letters or more) one sharing all but the last two letters of the shorter,
 * so that "supports" marks "supporting" and "hope" marks "hopeful", as Pagefind's stemming finds them.
 */
export function isTermMatch(word: string, term: string): boolean {
  const a = foldDiacritics(word.toLowerCase());
  const b = foldDiacritics(term.toLowerCase());
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 4 && commonPrefixLength(a, b) >= Math.max(4, shorter - 2);
}

/** Where the terms occur in a text, as [start, end) ranges of whole words, in order. */
export function findTermMatches(text: string, terms: string[]): [number, number][] {
  if (terms.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (terms.some((term) => isTermMatch(match[0], term))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** A result's address with the words to highlight, before any #fragment: `/x/?pagefind-highlight=hope#y`. */
export function addHighlightParam(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const [path = '', hash] = url.split('#', 2);
  const params = new URLSearchParams();
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${hash === undefined ? '' : `#${hash}`}`;
}

/** The words to highlight on this page, from its address. */
export function readHighlightParam(search: string): string[] {
  return new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .map((term) => term.trim())
    .filter(Boolean);
}
