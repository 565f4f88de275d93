import { normaliseAccents } from './normalise-accents.ts';

const FONT_COMMANDS = 'textit|textbf|textsc|texttt|textrm|textsf|textsl|emph|underline';
const DIMENSION = String.raw`[-+]?\s*(?:\d+(?:\.\d*)?|\.\d+)\s*(?:true\s*)?(?:em|ex|pt|bp|mm|cm|in|pc|sp|dd|cc|mu)`;
const FONT_SWITCH_FORM = new RegExp(`\\{\\\\(${FONT_COMMANDS})\\s+([^{}]*)\\}`, 'g');
const KERN = new RegExp(String.raw`\\(?:kern|raise|lower)\s*${DIMENSION} ?`, 'g');
const HSKIP = new RegExp(String.raw`\\hskip\s*${DIMENSION}(?:\s*plus\s*${DIMENSION})?(?:\s*minus\s*${DIMENSION})? ?`, 'g');
/** Characters that are syntax in a BibTeX value, written so that a \char code yields the character. */
const ESCAPED: Readonly<Record<string, string>> = {
  '{': '\\{',
  '}': '\\}',
  '\\': '\\textbackslash{}',
  $: '\\$',
  '%': '\\%',
  '#': '\\#',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Rewrites LaTeX forms that TeX accepts but citation-js's value parser rejects or cannot read from
 * a table, before conversion (the BibTeX export keeps the source as written). Hand-written because
 * each needs more than a name lookup: a dimension, a character code, the spaces around a command.
 *   - a control space, `\ ` or a backslash at the end of a line, is a space (after `{}`, so that a
 *     preceding command such as `\TeX\ and` keeps it);
 *   - the italic correction `\/` prints nothing;
 *   - `{\textit Cataglyphis fortis}` means `\textit{Cataglyphis fortis}` to the people who write it;
 *   - `\kern`, `\raise`, `\lower`, `\penalty` and `\vspace` print nothing visible in running text
 *     (TeX also takes the one space after a dimension or number);
 *     `\hskip` and `\hspace` are a space;
 *   - `\char"41`, `\char'101`, `\char65` and `\char`A` are the character with that code (A);
 *   - TUGboat's `\Dash` and `\dash` are an em and an en dash between thin spaces, taking the place
 *     of the spaces around them; its `\tubissue 11(4)` is "TUGboat 11, no. 4";
 *   - a font switch inside math (`$\cal MAX$`) only changes the font, so it is dropped; a space
 *     after a symbol in math is kept (`$a \times b$` reads "a × b", where TeX would space it).
 */
export function normaliseLatex(value: string): string {
  if (!value.includes('\\')) return value;
  const normalised = value
    .replace(/(?<!\\)((?:\\\\)*)\\\//g, '$1')
    .replace(/(?<!\\)((?:\\\\)*)\\(\s)/g, '$1{} ')
    .replace(FONT_SWITCH_FORM, '\\$1{$2}')
    .replace(KERN, '')
    .replace(HSKIP, ' ')
    .replace(/\\penalty\s*-?\d+ ?/g, '')
    .replace(/\\hspace\*?\s*\{[^{}]*\}/g, ' ')
    .replace(/\\vspace\*?\s*\{[^{}]*\}/g, '')
    .replace(/\\char\s*(?:"([0-9A-Fa-f]+)|'([0-7]+)|(\d+)|`\\?([^\s]))\s?/g, (_match, hex?: string, octal?: string, decimal?: string, quoted?: string) => {
      const character = quoted ?? String.fromCodePoint(hex ? parseInt(hex, 16) : octal ? parseInt(octal, 8) : Number(decimal));
      return ESCAPED[character] ?? character;
    })
    .replace(/\s*\\Dash(?![A-Za-z])\s*(?:\{\})?\s*/g, '\\thinspace{}---\\thinspace{}')
    .replace(/\s*\\dash(?![A-Za-z])\s*(?:\{\})?\s*/g, '\\thinspace{}--\\thinspace{}')
    .replace(/\\tubissue\s*\{?([^{}()\s]+)\}?\s*\((\d+)\)/g, 'TUGboat $1, no.~$2')
    .replace(/(?<!\\)\$[^$]*(?<!\\)\$/g, (math) => math.replace(/\\(?:cal|rm|it|bf|sf|tt|mit)(?![A-Za-z])\s*/g, '').replace(/(\\[A-Za-z]+)(?=\s)/g, '$1{}'));
  return normaliseAccents(normalised);
}
