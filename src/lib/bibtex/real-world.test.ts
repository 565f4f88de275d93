/**
 * The real-world bibliographies in ../shared/data/bib/large (see its SOURCES.md; read from there, never
 * copied here), each loaded on its own: every data entry becomes exactly one publication, no title,
 * author or container shows a LaTeX command left unread, and every warning names its file and line.
 * Where the data is not beside the project, the suite says so in one line and is skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBibliography, type LoadedPublication } from './load-bibliography.ts';

const LARGE = join(import.meta.dirname, '../../../../shared/data/bib/large');
const SETS = ['iridia-ulb-references', 'tugboat-beebe', 'cdl-bibliography', 'biber-etc-papers'];
const present = existsSync(LARGE);
if (!present) console.log(`real-world bibliographies: skipped, ${LARGE} is absent (it sits beside the project in the shared workspace)`);

/** Data entries counted independently of the loader: "@type{" at a line start, less @string/@comment/@preamble. */
function countDataEntries(text: string): number {
  return [...text.matchAll(/^\s*@(\w+)\s*[{(]/gm)].filter((match) => !/^(string|comment|preamble)$/i.test(match[1] ?? '')).length;
}

/** Every string in a value (names, dates…). */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsIn) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

/** Commands whose reading is a literal backslash: TUGboat titles name TeX commands ({\tt\bs relax}: "\relax"). */
const LITERAL_BACKSLASH = /\\(?:bs|textbackslash|cs)(?![A-Za-z])|\\char\s*(?:`\\\\|"5[Cc]|'134|92)/;
const SHOWN_FIELDS = new Set(['title', 'author', 'editor', 'journal', 'journaltitle', 'booktitle']);

/** Publications whose title, authors or container show a backslash command their source does not spell as a literal backslash. */
function unreadCommands(publications: LoadedPublication[]): string[] {
  return publications.flatMap((publication) => {
    const shown = stringsIn([publication.csl.title, publication.csl.author, publication.csl.editor, publication.csl['container-title']]).join(' ');
    if (!/\\[A-Za-z]/.test(shown)) return [];
    const literal = publication.fields.some((field) => SHOWN_FIELDS.has(field.name) && LITERAL_BACKSLASH.test(field.value));
    return literal ? [] : [`${publication.key}: ${shown}`];
  });
}

describe.skipIf(!present)('real-world bibliographies, each on its own', () => {
  it.each(SETS)(
    '%s: every entry is one publication, no unread LaTeX command shows, every warning is located',
    (set) => {
      const files = readdirSync(join(LARGE, set))
        .filter((file) => file.endsWith('.bib'))
        .sort();
      const sources = files.map((file) => ({ file: `references/${file}`, text: readFileSync(join(LARGE, set, file), 'utf8') }));
      const expected = sources.reduce((sum, source) => sum + countDataEntries(source.text), 0);
      const started = performance.now();
      const publications = loadBibliography(sources);
      console.log(
        `${set}: ${publications.length} entries loaded in ${((performance.now() - started) / 1000).toFixed(1)} s, ${publications.reduce((sum, publication) => sum + publication.warnings.length, 0)} warnings`,
      );
      expect(publications).toHaveLength(expected);
      expect(new Set(publications.map((publication) => publication.key.toLowerCase())).size).toBe(expected);
      expect(unreadCommands(publications)).toEqual([]);
      for (const warning of publications.flatMap((publication) => publication.warnings)) {
        expect(sources.some((source) => source.file === warning.file)).toBe(true);
        expect(warning.line).toBeGreaterThan(0);
        expect(warning.key).toBeTruthy();
        expect(warning.fix.length).toBeGreaterThan(0);
      }
    },
    180_000,
  );

  it('iridia: @string macros, @preamble macros and crossrefs that span files', () => {
    const set = 'iridia-ulb-references';
    const files = readdirSync(join(LARGE, set))
      .filter((file) => file.endsWith('.bib'))
      .sort();
    const publications = loadBibliography(files.map((file) => ({ file, text: readFileSync(join(LARGE, set, file), 'utf8') })));
    const crossreferenced = publications.filter((publication) => publication.fields.some((field) => field.name === 'crossref'));
    expect(crossreferenced.length).toBeGreaterThan(100);
    expect(crossreferenced.every((publication) => Boolean(publication.csl['container-title'] ?? publication.csl.publisher))).toBe(true);
    // abbrev.bib's @preamble \providecommand-s \rpackage, \proglang and \MaxMinAntSystem for articles.bib and biblio.bib.
    const titles = publications.map((publication) => publication.csl.title ?? '');
    expect(titles.filter((title) => /rpackage|proglang|MaxMinAntSystem/.test(title))).toEqual([]);
    expect(titles.some((title) => title.includes('MAX–MIN Ant System'))).toBe(true);
  }, 180_000);
});
