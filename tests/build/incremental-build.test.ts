/**
 * A rebuild reuses the last build's publication pages (Astro's incremental build), export files and
 * search index only while nothing they are made from has changed: editing a publication's record or
 * anything in content/ must show up on the pages and in the exports, and a change to the formatting
 * code formats every reference again. Builds a throwaway copy of the project five times.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBuildReport, reportPathFor, stepOf } from '../../src/build/build-report.ts';
import { buildVocabulary, textOfFragment } from '../../src/lib/search/spelling.ts';
import { buildProject, copyProject } from '../support/project-copy.ts';

const PAGE = 'dist/publications/bird2012assessing/index.html';

function edit(folder: string, file: string, from: string, to: string): void {
  const path = join(folder, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture: "${from}" is not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

describe('the incremental build', () => {
  it('reuses unchanged publication pages, and renders again the pages whose record or content changed', () => {
    const folder = copyProject();
    const first = buildProject(folder);
    expect(first.status, first.output).toBe(0);
    const before = readFileSync(join(folder, PAGE), 'utf8');
    // The PDFs are printed while Astro makes the search index: their step starts before Astro's ends.
    const report = readBuildReport(reportPathFor(join(folder, 'dist')));
    expect(Date.parse(stepOf(report, 'pdfs').startedAt)).toBeLessThan(Date.parse(stepOf(report, 'astro').endedAt));
    expect(first.output).toContain('pages final: the manual PDFs are printed while the search index is made');
    // The export files are made beside the pages, in a worker started with the first cached page.
    expect(first.output).toMatch(/wrote \d+ publication export files and reused 0 in [\d.]+ s after the pages \([\d.]+ s in a worker started with the pages\)/);

    const unchanged = buildProject(folder);
    expect(unchanged.status, unchanged.output).toBe(0);
    // "(restored)" right after the page's path: pages are built four at a time, so a rendered page's
    // line may run on into another page's.
    expect(unchanged.output).toMatch(/publications\/bird2012assessing\/index\.html \((restored|cached)\)/);
    expect(readFileSync(join(folder, PAGE), 'utf8')).toBe(before);
    expect(unchanged.output).toContain('reused its publication export files');
    // The reused page is the cached one, shared by a hard link rather than copied.
    expect(unchanged.output).toMatch(/pages shared with the incremental-build cache by hard links: 0 stored, [1-9]\d* restored/);
    expect(statSync(join(folder, PAGE)).ino).toBe(statSync(join(folder, '.astro-cache/dist/publications/bird2012assessing/index.html')).ino);
    expect(unchanged.output).toMatch(/Pagefind: the \d+ HTML files are unchanged since the last build/);
    // A list of publications out of the whole collection (here a study type's) is reused too.
    expect(unchanged.output).toMatch(/publications\/type\/systematic-review\/index\.html \((restored|cached)\)/);

    // A record changes: its page is rendered again, the others are reused.
    edit(folder, 'references/refocus.bib', 'Assessing the strengths of mental health consumers', 'Assessing the STRENGTHS of mental health consumers');
    const recordEdited = buildProject(folder);
    expect(recordEdited.status, recordEdited.output).toBe(0);
    expect(readFileSync(join(folder, PAGE), 'utf8')).toContain('Assessing the STRENGTHS of mental health consumers');
    expect(readFileSync(join(folder, 'dist/publications/bird2012assessing.bib'), 'utf8')).toContain('Assessing the STRENGTHS of mental health consumers');
    expect(recordEdited.output).toMatch(/formatted 1 reference in 3 styles in [\d.]+ s; reused \d+ unchanged ones/);
    // Only the edited publication's export files are written again, one per format.
    expect(recordEdited.output).toMatch(/wrote 3 publication export files and reused \d+/);
    expect(recordEdited.output).not.toMatch(/publications\/bird2012assessing\/index\.html \((restored|cached)\)/);
    expect(recordEdited.output).toMatch(/publications\/leamy2011conceptual\/index\.html \((restored|cached)\)/);
    // The search vocabulary is updated from the fragments that changed, and is what a full count gives.
    const fragmentsRead = Number(/vocabulary \((\d+) fragments read\)/.exec(recordEdited.output)?.[1]);
    const fragments = readdirSync(join(folder, 'dist/pagefind/fragment')).sort();
    expect(fragmentsRead).toBeGreaterThan(0);
    expect(fragmentsRead).toBeLessThan(fragments.length);
    const counted = buildVocabulary(fragments.map((file) => textOfFragment(gunzipSync(readFileSync(join(folder, 'dist/pagefind/fragment', file))).toString('utf8'))));
    expect(readFileSync(join(folder, 'dist/pagefind/vocabulary.json'), 'utf8')).toBe(`${JSON.stringify(counted)}\n`);
    // The lists that hold it are rendered again and show the new title.
    expect(recordEdited.output).not.toMatch(/publications\/type\/systematic-review\/index\.html \((restored|cached)\)/);
    expect(readFileSync(join(folder, 'dist/publications/type/systematic-review/index.html'), 'utf8')).toContain('Assessing the STRENGTHS of mental health consumers');

    // Something in content/ changes: the pages show it.
    edit(folder, 'content/annotations/refocus.yaml', 'found 12 strengths assessments', 'found twelve strengths assessments');
    const contentEdited = buildProject(folder);
    expect(contentEdited.status, contentEdited.output).toBe(0);
    const after = readFileSync(join(folder, PAGE), 'utf8');
    expect(after).toContain('found twelve strengths assessments');
    expect(after).not.toContain('found 12 strengths assessments');

    // The formatting code changes: every reference is formatted again.
    const formatter = join(folder, 'src/lib/csl/format-reference.ts');
    writeFileSync(formatter, `${readFileSync(formatter, 'utf8')}\n// a change to the formatting code\n`);
    const codeEdited = buildProject(folder);
    expect(codeEdited.status, codeEdited.output).toBe(0);
    expect(codeEdited.output).toMatch(/formatted \d+ references in 3 styles in [\d.]+ s \(peak memory/);
    expect(codeEdited.output).not.toMatch(/reused \d+ unchanged ones/);
  });
});
