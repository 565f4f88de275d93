/**
 * CSL fields from citation-js are "rich text": LaTeX formatting becomes a few HTML tags (<i>, <b>,
 * <sup>, <sub>, <span style="font-variant:small-caps;">) that citeproc understands. A literal "<" or
 * ">" in the BibTeX source is a character, never markup, so before conversion it is swapped for a
 * private-use character, and restored (escaped where needed) at the end.
 */
export const LITERAL_OPEN = '\uE000';
export const LITERAL_CLOSE = '\uE001';

/** Marks literal angle brackets in source text so that no tool reads them as markup. */
export function maskAngles(text: string): string {
  return text.replace(/</g, LITERAL_OPEN).replace(/>/g, LITERAL_CLOSE);
}

/** Restores masked angle brackets, written as `open` and `close` (`&lt;`/`&gt;` in HTML, `<`/`>` in text). */
export function unmaskAngles(text: string, open = '<', close = '>'): string {
  return text.replaceAll(LITERAL_OPEN, open).replaceAll(LITERAL_CLOSE, close);
}

/** A rich-text value as plain text: formatting tags dropped, literal angle brackets restored. */
export function toPlainText(value: string): string {
  return unmaskAngles(value.replace(/<\/?(?:i|b|sup|sub|span)(?:\s[^>]*)?>/g, ''));
}

/** Every string in a value (a CSL item, a name list…) as plain text. */
export function toPlainValue<T>(value: T): T {
  if (typeof value === 'string') return toPlainText(value) as T;
  if (Array.isArray(value)) return value.map(toPlainValue) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlainValue(inner)])) as T;
  return value;
}
