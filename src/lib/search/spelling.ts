import { foldDiacritics } from './publication-search.ts';

/**
 * "Did you mean": the words of the search index with how often each occurs (the vocabulary,
 * written at build time by src/integrations/pagefind.ts), and the correction of a query whose
 * words are not among them.
 */

/** A search with fewer results than this loads the vocabulary and may offer a corrected spelling (the search page and the header's dialog). */
export const FEW_RESULTS = 5;

/** Each word of the index and how many times it occurs, most frequent first. */
export type Vocabulary = Record<string, number>;

/** The metadata of a result whose words a reader may type: its title and every form of its authors' names. */
const SEARCHED_META = ['title', 'names'] as const;

/**
 * The words a page adds to the vocabulary: the text Pagefind indexed from it and the metadata
 * searched with it. `fragment` is one of Pagefind's fragment files, decompressed: the marker
 * `pagefind_dcd` followed by JSON.
 */
export function textOfFragment(fragment: string): string {
  const json = fragment.startsWith(PAGEFIND_FRAGMENT_MARKER) ? fragment.slice(PAGEFIND_FRAGMENT_MARKER.length) : fragment;
  const { content, meta } = JSON.parse(json) as { content?: string; meta?: Record<string, string> };
  return [content ?? '', ...SEARCHED_META.map((name) => meta?.[name] ?? '')].join(' ');
}

/** What begins each of Pagefind's fragment files once decompressed. */
export const PAGEFIND_FRAGMENT_MARKER = 'pagefind_dcd';

/** Words shorter than this are neither kept nor corrected: too many short words are one edit apart. */
const MIN_WORD_LENGTH = 3;

/** The words of a text as they are compared: letters only, lower case, without accents ("Recovery-oriented" → "recovery", "oriented"). */
export function wordsOf(text: string): string[] {
  return (
    foldDiacritics(text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  ).filter((word) => word.length >= MIN_WORD_LENGTH);
}

/** Counts the words of these texts into a vocabulary, most frequent first (then alphabetical, so the file is the same for the same site). */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return sortedVocabulary(counts);
}

function sortedVocabulary(counts: Map<string, number>): Vocabulary {
  return Object.fromEntries([...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The vocabulary of an index that differs from the last one by a few pages: `previous` (the last
 * index's vocabulary) without the words of the `removed` texts and with those of the `added` ones.
 * The same as buildVocabulary over the new index's texts, without reading the pages that stayed.
 * Undefined when `previous` cannot have been counted from the removed texts (a word it lacks or
 * holds too few times): the caller then counts every text again.
 */
export function updateVocabulary(previous: Vocabulary, removed: Iterable<string>, added: Iterable<string>): Vocabulary | undefined {
  const counts = new Map(Object.entries(previous));
  for (const text of removed) {
    for (const word of wordsOf(text)) {
      const count = counts.get(word);
      if (count === undefined || count < 1) return undefined;
      if (count === 1) counts.delete(word);
      else counts.set(word, count - 1);
    }
  }
  for (const text of added) for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return sortedVocabulary(counts);
}

/**
 * The number of single-letter insertions, deletions, substitutions and swaps of two neighbouring
 * letters that turn `a` into `b` (optimal string alignment, a restricted Damerau–Levenshtein
 * distance), or `max + 1` as soon as it must exceed `max`. Written here rather than taken from a
 * library because the Levenshtein packages count a swap ("recoevry") as two edits, and a slip of
 * two keys is among the commonest typing errors; the early exit keeps a vocabulary scan cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** How many edits a correction of a word of this length may need: one for short words, two for longer ones. */
function allowedEdits(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/**
 * Whether the index holds this word, or words that begin with it (Pagefind matches the start of
 * words, so "recov" finds "recovery" and needs no correction).
 */
function isKnown(word: string, vocabulary: Vocabulary, words: string[]): boolean {
  return Object.hasOwn(vocabulary, word) || words.some((known) => known.startsWith(word));
}

/** The closest word of the vocabulary within the allowed edits: fewest edits, then most frequent. */
export function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const max = allowedEdits(word);
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [candidate, count] of Object.entries(vocabulary)) {
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
  }
  return best?.word;
}

/**
 * The query with each word the index does not hold replaced by its closest word in the vocabulary
 * ("recovry planing" → "recovery planning"), or undefined when no word needs or has a correction.
 * Words with digits (years, DOIs) or inner punctuation, and words shorter than three letters, are left as they are.
 */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
  const words = Object.keys(vocabulary);
  let changed = false;
  const corrected = query
    .trim()
    .split(/\s+/)
    .map((token) => {
      // A word with punctuation around it ("recovry?"); a token with digits or inner punctuation is left alone.
      const parts = /^([^\p{L}\p{N}]*)(\p{L}+)([^\p{L}\p{N}]*)$/u.exec(token);
      const word = parts ? foldDiacritics(parts[2] ?? '').toLowerCase() : '';
      if (word.length < MIN_WORD_LENGTH || isKnown(word, vocabulary, words)) return token;
      const correction = closestWord(word, vocabulary);
      if (!correction) return token;
      changed = true;
      return `${parts?.[1] ?? ''}${correction}${parts?.[3] ?? ''}`;
    })
    .join(' ');
  return changed ? corrected : undefined;
}
