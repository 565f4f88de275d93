/**
 * LaTeX in field values as readers expect it, from fixtures named after the case
 * (tests/fixtures/bibtex/latex; a folder is a references/ folder with more than one file).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPlainText } from '../csl/rich-text.ts';
import { loadBibliography, type LoadedPublication } from './load-bibliography.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/bibtex/latex');

function load(name: string): LoadedPublication {
  const path = join(FIXTURES, name);
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .map((file) => join(name, file))
    : [name];
  const [publication] = loadBibliography(files.map((file) => ({ file, text: readFileSync(join(FIXTURES, file), 'utf8') })));
  if (!publication) throw new Error(`${name} holds no entry`);
  return publication;
}

const NARROW = '\u202F';

/** For each fixture: the title as pages show it (plain text), pinned. */
const TITLES: Record<string, string> = {
  'tex logos.bib': 'TeX, LaTeX, LaTeX2ε, BibTeX, METAFONT, METAPOST, ConTeXt, XeTeX, LuaTeX, AMS-TeX and LaTeX 2.09',
  'text commands.bib': `Dashes${NARROW}—${NARROW}and – — and/or/ more… or … §3 © ‘x’ 2${NARROW}000 a${NARROW}b c\u00A0d e f`,
  'char codes.bib': 'AAA and \\let and {',
  'kern and skips.bib': 'VAX and wide gap',
  'math as unicode.bib': 'β-cells, x², αᵢ, a × b ≤ c ≥ d ± e, ∞, x → y, MAX–MIN',
  'macros in the preamble.bib': 'The MAX–MIN Ant System in R: irace, two and one, ant colony optimization and TeX',
  'macro file beside the bib': 'VAX notes in TUGboat, 5th issue, TUGboat 11, no.\u00A04',
  'preamble inputs a missing macro file.bib': 'TUG meeting in the TUGboat: VAX notes',
  'undefined commands.bib': 'The VAX and irace with BM2FONT',
};

describe('LaTeX in field values', () => {
  it('has a pinned title for every fixture', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(TITLES).sort());
  });

  it.each(Object.entries(TITLES))('%s', (name, title) => {
    expect(toPlainText(load(name).csl.title ?? '')).toBe(title);
  });

  it('keeps the formatting a macro from a macro file applies (\\TUB is slanted TUGboat)', () => {
    expect(load('macro file beside the bib').csl.title).toContain('<i>TUGboat</i>');
  });

  it('leaves no warning where every command is known or defined', () => {
    for (const name of Object.keys(TITLES).filter((candidate) => !/undefined|missing/.test(candidate))) expect(load(name).warnings).toEqual([]);
  });

  it('shows an undefined command without its backslash and warns with file, line and fix', () => {
    const publication = load('undefined commands.bib');
    expect(publication.csl.author).toEqual([{ family: 'Ghost', given: 'Ann' }]);
    expect(publication.csl['container-title']).toBe('acroXYZ Journal');
    expect(publication.warnings.map((warning) => `${warning.file}:${warning.line}: ${warning.message}. Fix: ${warning.fix}`)).toEqual([
      'undefined commands.bib:2: the field "author" uses the LaTeX command \\Ghost, which is not defined; it is shown as the plain text "Ghost". Fix: define \\Ghost in a @preamble or in a .tex, .sty or .def file beside the .bib files, e.g. \\providecommand{\\Ghost}{…}, or write the text without it',
      'undefined commands.bib:3: the field "title" uses the LaTeX command \\VAX, which is not defined; it is shown as the plain text "VAX". Fix: define \\VAX in a @preamble or in a .tex, .sty or .def file beside the .bib files, e.g. \\providecommand{\\VAX}{…}, or write the text without it',
      'undefined commands.bib:3: the field "title" uses the LaTeX command \\rpackage, which is not defined; only its argument is shown. Fix: define \\rpackage in a @preamble or in a .tex, .sty or .def file beside the .bib files, e.g. \\providecommand{\\rpackage}[1]{#1}, or write the text without it',
      'undefined commands.bib:3: the field "title" uses the LaTeX command \\ssf, which is not defined; only the text it applies to is shown. Fix: define \\ssf in a @preamble or in a .tex, .sty or .def file beside the .bib files, e.g. \\providecommand{\\ssf}{…}, or write the text without it',
      'undefined commands.bib:4: the field "journal" uses the LaTeX command \\acroXYZ, which is not defined; it is shown as the plain text "acroXYZ". Fix: define \\acroXYZ in a @preamble or in a .tex, .sty or .def file beside the .bib files, e.g. \\providecommand{\\acroXYZ}{…}, or write the text without it',
    ]);
  });

  it('names the macro file a @preamble loads but that is not beside the .bib files', () => {
    expect(load('preamble inputs a missing macro file.bib').warnings.map((warning) => `${warning.line}: ${warning.fix}`)).toEqual([
      '4: put tugboat.def (which the @preamble of preamble inputs a missing macro file.bib loads with \\input) beside the .bib files, or define \\VAX in a @preamble or in a .tex, .sty or .def file beside the .bib files, e.g. \\providecommand{\\VAX}{…}, or write the text without it',
    ]);
  });

  it('keeps the LaTeX as written in the fields the BibTeX export writes', () => {
    expect(load('tex logos.bib').fields.find((field) => field.name === 'title')?.value).toBe(
      '\\TeX, \\LaTeX, \\LaTeXe, \\BibTeX, \\MF, \\MP, \\ConTeXt, \\XeTeX, \\LuaTeX, \\AmSTeX{} and {\\LaTeX} 2.09',
    );
  });
});
