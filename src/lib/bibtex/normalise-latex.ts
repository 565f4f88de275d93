import { normaliseAccents } from './normalise-accents.ts';

const FONT_COMMANDS = 'textit|textbf|textsc|texttt|textrm|textsf|textsl|emph|underline';

/**
 * Rewrites a few LaTeX forms that TeX accepts but citation-js's value parser rejects, before
 * conversion (the BibTeX export keeps the source as written), accents as ./normalise-accents.ts writes them:
 *   - a control space, `\ ` or a backslash at the end of a line, is a space;
 *   - the italic correction `\/` prints nothing;
 *   - `{\textit Cataglyphis fortis}` means `\textit{Cataglyphis fortis}` to the people who write it.
 */
export function normaliseLatex(value: string): string {
  const normalised = value
    .replace(/(?<!\\)((?:\\\\)*)\\\//g, '$1')
    .replace(/(?<!\\)((?:\\\\)*)\\(\s)/g, '$1 ')
    .replace(new RegExp(`\\{\\\\(${FONT_COMMANDS})\\s+([^{}]*)\\}`, 'g'), '\\$1{$2}');
  return normaliseAccents(normalised);
}
