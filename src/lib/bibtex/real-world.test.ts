/**
 * The real-world bibliographies in ../shared/data/bib/large (see its SOURCES.md; read from there, never
 * copied here): each set loads with every data entry becoming exactly one publication, or fails with
 * messages that each name the file, the line and the fix. Skipped where the data is not beside the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBibliography } from './load-bibliography.ts';
import { BibliographyError } from './problems.ts';

const LARGE = join(import.meta.dirname, '../../../../shared/data/bib/large');

/** Data entries counted independently of the loader: "@type{" at a line start, less @string/@comment/@preamble. */
function countDataEntries(text: string): number {
  return [...text.matchAll(/^\s*@(\w+)\s*[{(]/gm)].filter((match) => !/^(string|comment|preamble)$/i.test(match[1] ?? '')).length;
}

const sets = existsSync(LARGE) ? readdirSync(LARGE).filter((name) => readdirSync(join(LARGE, name)).some((file) => file.endsWith('.bib'))) : [];

describe.skipIf(sets.length === 0)('real-world bibliographies', () => {
  it.each(sets)('%s: every entry becomes one publication, or every problem is named with its fix', (set) => {
    const files = readdirSync(join(LARGE, set)).filter((file) => file.endsWith('.bib')).sort();
    const sources = files.map((file) => ({ file: `${set}/${file}`, text: readFileSync(join(LARGE, set, file), 'utf8') }));
    const expected = sources.reduce((sum, source) => sum + countDataEntries(source.text), 0);
    try {
      const publications = loadBibliography(sources);
      expect(publications).toHaveLength(expected);
      expect(new Set(publications.map((publication) => publication.key.toLowerCase())).size).toBe(expected);
    } catch (error) {
      if (!(error instanceof BibliographyError)) throw error;
      expect(error.problems.length).toBeGreaterThan(0);
      for (const line of error.message.split('\n').slice(1)) expect(line).toMatch(/^ {2}- [\w./-]+\.bib:\d+( \(entry "[^"]+"\))?: .+\. Fix: .+/);
    }
  }, 120_000);

  it('loads the sets whose @string macros and crossrefs span several files', () => {
    const set = 'iridia-ulb-references';
    if (!sets.includes(set)) return;
    const files = readdirSync(join(LARGE, set)).filter((file) => file.endsWith('.bib')).sort();
    const publications = loadBibliography(files.map((file) => ({ file, text: readFileSync(join(LARGE, set, file), 'utf8') })));
    const crossreferenced = publications.filter((publication) => publication.fields.some((field) => field.name === 'crossref'));
    expect(crossreferenced.length).toBeGreaterThan(100);
    expect(crossreferenced.every((publication) => Boolean(publication.csl['container-title'] ?? publication.csl.publisher))).toBe(true);
  }, 120_000);
});
