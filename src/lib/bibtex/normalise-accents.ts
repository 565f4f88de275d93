/** LaTeX accent commands and the Unicode combining mark each puts on its letter. */
const COMBINING: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  d: '\u0323',
  b: '\u0331',
  k: '\u0328',
  r: '\u030A',
};

/** An accent command: a symbol (`\'`), or a letter (`\c`) not followed by more letters (so not `\cite`). */
const ACCENT = `\\\\(['\`^"~=.]|[uvHcdbkr](?![A-Za-z]))`;
/** The accented letter: a letter (already accented, for stacked accents), or a dotless `\i`/`\j` with the spaces TeX drops after it. */
const LETTER = `(\\\\[ij](?![A-Za-z])\\s*|\\p{L})`;

/** `{\'e}` or `{\'{e}}`: BibTeX's "special character", whose case styles may change. */
const SPECIAL = new RegExp(`\\{${ACCENT}\\s*(?:\\{\\s*${LETTER}\\s*\\}|${LETTER})\\s*\\}`, 'gu');
/** `\'{e}`: the braces protect the letter's case. */
const BRACED = new RegExp(`${ACCENT}\\s*\\{\\s*${LETTER}\\s*\\}`, 'gu');
/** `\'e`, `\c c` or `\'\i`: the accent on the next letter. */
const BARE = new RegExp(`${ACCENT}\\s*${LETTER}`, 'gu');

function compose(accent: string, letter: string): string {
  const base = letter.trim().replace(/^\\/, '');
  return `${base}${COMBINING[accent] ?? ''}`.normalize('NFC');
}

/**
 * Writes LaTeX accents as the accented Unicode letters, before conversion (the BibTeX export
 * keeps the source as written), keeping BibTeX's case rules: `\'{E}` stays protected as `{É}`,
 * while `{\'E}` and `\'E` may be lower-cased like any letter.
 *   - An accent on a dotless i or j (`{\'\i}`, `\'{\i}`, `\'\i`) is the letter "í": the dotless
 *     form only exists so that the accent does not sit on the dot. citation-js read it as "ı́".
 *   - citation-js, when it sentence-cases a title, protects a braced letter and then puts the
 *     accent on the markup ("caf<́span…"); letters written in Unicode avoid that.
 */
export function normaliseAccents(value: string): string {
  let text = value;
  // Stacked accents (`{\~{\^e}}`) take one pass per accent, innermost first.
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text
      .replace(SPECIAL, (_match, accent: string, braced?: string, bare?: string) => compose(accent, braced ?? bare ?? ''))
      .replace(BRACED, (_match, accent: string, letter: string) => {
        const composed = compose(accent, letter);
        return composed === composed.toLowerCase() ? composed : `{${composed}}`;
      })
      .replace(BARE, (_match, accent: string, letter: string) => compose(accent, letter));
  }
  return text;
}
