import { describe, expect, it } from 'vitest';
import { loadBibliography, type BibtexSource, type LoadOptions } from './load-bibliography.ts';
import { BibliographyError } from './problems.ts';

const bib = (file: string, text: string): BibtexSource => ({ file, text });

function problemsOf(sources: BibtexSource[], options?: LoadOptions): string[] {
  try {
    loadBibliography(sources, options);
  } catch (error) {
    if (error instanceof BibliographyError)
      return error.message
        .split('\n')
        .slice(1)
        .map((line) => line.trim());
    throw error;
  }
  throw new Error('expected the bibliography to be rejected');
}

describe('loadBibliography: what real files contain', () => {
  it('expands @string macros and # concatenation, also across files', () => {
    const [publication] = loadBibliography([
      bib('a-strings.bib', '@string{bjp = "British Journal"}\n@string{full = bjp # " of Psychiatry"}'),
      bib('b-papers.bib', '@article{k, title={T}, journal = full, year = 2011}'),
    ]);
    expect(publication?.csl['container-title']).toBe('British Journal of Psychiatry');
  });

  it('reads names built from macros with stray spaces as BibTeX does (spaces trimmed and collapsed)', () => {
    const [publication] = loadBibliography([
      bib(
        'a.bib',
        '@string{Knowles = " Joshua D. Knowles "}\n@string{Corne = " David  Corne "}\n@article{k, author = Knowles # " and " # Corne, title={T}, journal={J}, year = 2003}',
      ),
    ]);
    expect(publication?.csl.author).toEqual([
      { family: 'Knowles', given: 'Joshua D.' },
      { family: 'Corne', given: 'David' },
    ]);
  });

  it('skips @comment and @preamble, and text between entries', () => {
    const publications = loadBibliography([
      bib('x.bib', 'Some notes.\n@comment{ignore @article{no, title={No}} this}\n@preamble{"\\newcommand{\\x}{y}"}\n@article{yes, title={Yes}, year={2000}}'),
    ]);
    expect(publications.map((publication) => publication.key)).toEqual(['yes']);
  });

  it('inherits fields through crossref', () => {
    const publications = loadBibliography([
      bib('x.bib', '@inproceedings{paper, title={Paper}, author={Ann Author}, crossref={proc}}\n@proceedings{proc, title={Proceedings of {X}}, year={1999}, publisher={ACM}}'),
    ]);
    expect(publications[0]?.csl).toMatchObject({ 'container-title': 'Proceedings of X', issued: { 'date-parts': [[1999]] } });
  });

  it('decodes LaTeX accents and commands and drops case-protecting braces for display', () => {
    const [publication] = loadBibliography([bib('x.bib', '@article{k, title={{DNA} and {\\"o}l in \\\'{E}cole \\& {\\ss}}, author={M{\\"u}ller, J{\\"o}rg}, year=2001}')]);
    expect(publication?.csl.title).toBe('DNA and öl in École & ß');
    expect(publication?.csl.author).toEqual([{ family: 'Müller', given: 'Jörg' }]);
  });

  it('keeps corporate authors whole and turns "and others" into a truncation flag', () => {
    const [publication] = loadBibliography([bib('x.bib', '@report{k, title={T}, author={{World Health Organization} and Slade, Mike and others}, year=2020}')]);
    expect(publication?.csl.author).toEqual([{ family: 'World Health Organization' }, { family: 'Slade', given: 'Mike' }]);
    expect(publication?.authorsTruncated).toBe(true);
  });

  it('understands month macros and keeps the macro for export', () => {
    const [publication] = loadBibliography([bib('x.bib', '@article{k, title={T}, year=2011, month=dec}')]);
    expect(publication?.csl.issued).toEqual({ 'date-parts': [[2011, 12]] });
    expect(publication?.fields.find((field) => field.name === 'month')).toMatchObject({ value: 'December', monthMacro: 'dec' });
  });

  it('keeps field values exactly as written, for the BibTeX export', () => {
    const [publication] = loadBibliography([bib('x.bib', '@article{k,\n  title = {The {CHIME} framework},\n  year = 2011\n}')]);
    expect(publication?.fields).toEqual([
      { name: 'title', value: 'The {CHIME} framework', line: 2 },
      { name: 'year', value: '2011', line: 3 },
    ]);
    expect(publication).toMatchObject({ file: 'x.bib', line: 1, entryType: 'article' });
  });

  it('accepts parentheses as entry delimiters', () => {
    expect(loadBibliography([bib('x.bib', '@book(k, title="T", year="2000")')]).map((publication) => publication.key)).toEqual(['k']);
  });
});

describe('loadBibliography: bad input names the file, the line or key, and the fix', () => {
  it('unbalanced braces', () => {
    expect(problemsOf([bib('refs.bib', '@article{a,\n  title = {Unclosed {brace},\n  year = 2000\n}\n@article{b, title={Fine}, year=2001}\n')])).toEqual([
      '- refs.bib:2 (entry "a"): unbalanced braces: the field "title" opened on line 2 is never closed. Fix: add the missing "}" (or remove the extra "{") so that every "{" in the value has a matching "}"',
    ]);
  });

  it('unbalanced braces in the last entry of a file', () => {
    expect(problemsOf([bib('refs.bib', '@article{ok, title={Fine}, year=2001}\n@article{broken,\n  title = {Unclosed {brace},\n  year = {2020}\n}\n')])).toEqual([
      '- refs.bib:3 (entry "broken"): unbalanced braces: the field "title" opened on line 3 is never closed. Fix: add the missing "}" (or remove the extra "{") so that every "{" in the value has a matching "}"',
    ]);
  });

  it('missing comma between fields', () => {
    expect(problemsOf([bib('refs.bib', '@article{a,\n  title = {T}\n  year = 2000\n}')])).toEqual([
      '- refs.bib:3 (entry "a"): a comma is missing after the field "title". Fix: add "," at the end of the "title" field (line 2)',
    ]);
  });

  it('duplicate keys, also across files and regardless of case', () => {
    expect(problemsOf([bib('one.bib', '@article{Slade2015, title={A}, year=2015}'), bib('two.bib', '\n@article{slade2015, title={B}, year=2015}')])).toEqual([
      '- two.bib:2 (entry "slade2015"): duplicate citation key: "Slade2015" is already used at one.bib:1. Fix: give one of the two entries another key (keys are compared without regard to case), or delete the copy',
    ]);
  });

  it('an entry without title or year in a strict file (the annotated bibliography)', () => {
    expect(problemsOf([bib('refs.bib', '@article{a, author={X, Y}}')], { strictFiles: ['refs.bib'] })).toEqual([
      '- refs.bib:1 (entry "a"): the entry has no title. Fix: add the title the work gives, as title = {…}',
      '- refs.bib:1 (entry "a"): the entry has no year. Fix: add the year the work gives, as year = {…} (or date = {…})',
    ]);
  });

  it('an undefined macro', () => {
    expect(problemsOf([bib('refs.bib', '@article{a, title={T}, journal=bjp, year=2000}')])).toEqual([
      '- refs.bib:1 (entry "a"): the field "journal" uses the undefined @string macro "bjp". Fix: define it with @string{bjp = {…}} in any file in references/, or put the value in braces: journal = {bjp}',
    ]);
  });

  it('an unknown entry type and a malformed DOI', () => {
    expect(problemsOf([bib('refs.bib', '@artcle{a, title={T}, year=2000,\n doi={https://example.org/paper}}')])).toEqual([
      '- refs.bib:1 (entry "a"): unknown entry type "@artcle". Fix: use a BibTeX or biblatex type such as @article, @book, @incollection, @report or @misc',
      '- refs.bib:2 (entry "a"): malformed DOI "https://example.org/paper". Fix: write the DOI as it is registered, starting "10." and holding a "/", for example doi = {10.1192/bjp.bp.110.083733}',
    ]);
  });

  it('a DOI written as a doi.org address is kept in its bare form', () => {
    const [publication] = loadBibliography([bib('x.bib', '@article{k, title={T}, year=2000, doi={http://dx.doi.org/10.1109/CSB.2005.52}}')]);
    expect(publication?.csl.DOI).toBe('10.1109/CSB.2005.52');
  });

  it('LaTeX that citation-js cannot read, naming the field', () => {
    expect(problemsOf([bib('refs.bib', '@article{ok, title={Fine}, year=2000}\n@article{maths,\n title={Growth of $x}, year=2000}')])).toEqual([
      '- refs.bib:3 (entry "maths"): the LaTeX in the field "title" cannot be read (expected "text", got EOF): "Growth of $x". Fix: close every $…$ and give every LaTeX command its argument in braces (\\emph{word}), or write the text as plain Unicode',
    ]);
  });

  it('reads old-style font switches and control spaces that TeX accepts', () => {
    const [publication] = loadBibliography([bib('x.bib', '@article{ants, title={Desert ants, {\\textit Cataglyphis fortis}: \\TeX\\ and {\\bf bold\\/}}, year=1994}')]);
    // The braces of a font command protect its text from sentence-casing, as in BibTeX.
    expect(publication?.csl.title).toBe('Desert ants, <i><span class="nocase">Cataglyphis fortis</span></i>: TeX and <b>bold</b>');
  });

  it('two entries with one DOI', () => {
    expect(
      problemsOf([
        bib('a.bib', '@article{one, title={A}, year=2011, doi={10.1192/BJP.1}}'),
        bib('b.bib', '@article{two, title={B}, year=2011, doi={https://doi.org/10.1192/bjp.1}}'),
      ]),
    ).toEqual([
      '- b.bib:1 (entry "two"): the DOI 10.1192/bjp.1 is also the DOI of "one" (a.bib:1). Fix: keep one entry for the publication and cite it by that key, or correct the DOI',
    ]);
  });

  it('an empty file', () => {
    expect(problemsOf([bib('empty.bib', '% nothing yet\n')])).toEqual([
      '- empty.bib:1: the file holds no entries and no @string definitions. Fix: add at least one entry such as @article{key, …}, or delete the file',
    ]);
  });

  it('reports every problem in one go, and nothing from a broken file is silently kept', () => {
    const problems = problemsOf([bib('a.bib', '@article{a, title={T} year=1}\n@article{b, title={T}, year=2}'), bib('b.bib', '@article{c, title={T}}')], {
      strictFiles: ['b.bib'],
    });
    expect(problems).toHaveLength(2);
  });
});
