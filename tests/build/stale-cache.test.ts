/**
 * A cache is reused only while everything its contents are made from is unchanged, including code
 * that has moved: each cache key follows the imports of the code that fills the cache, so a module
 * moved out of the folders a hand-written list would name, then edited, still invalidates the
 * export files, the formatted references and the PDFs. An input that has gone missing fails the
 * build naming its path. Builds a throwaway copy of the project four times; reads the build report.
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phaseOf, readBuildReport, reportPathFor } from '../../src/build/build-report.ts';
import { buildProject, copyProject } from '../support/project-copy.ts';

/** Moves a module to a folder no hand-written list of inputs would name, and corrects the import that names it. */
function moveModule(folder: string, from: string, to: string, importer: { file: string; from: string; to: string }): void {
  mkdirSync(dirname(join(folder, to)), { recursive: true });
  renameSync(join(folder, from), join(folder, to));
  const path = join(folder, importer.file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(importer.from)) throw new Error(`fixture: "${importer.from}" is not in ${importer.file}`);
  writeFileSync(path, text.replace(importer.from, importer.to));
}

/** The three moved modules: one the export writer runs, one the reference formatter runs, one the PDF printer runs. */
const MOVED = [
  {
    from: 'src/lib/export/format-ris.ts',
    to: 'src/formats/format-ris.ts',
    importer: { file: 'src/lib/export/export-formats.ts', from: "from './format-ris.ts'", to: "from '../../formats/format-ris.ts'" },
  },
  {
    from: 'src/lib/csl/reference-batches.ts',
    to: 'src/citations/reference-batches.ts',
    importer: { file: 'src/lib/csl/format-reference.ts', from: "from './reference-batches.ts'", to: "from '../../citations/reference-batches.ts'" },
  },
  {
    from: 'scripts/lib/pdf/pdf-templates.ts',
    to: 'scripts/templates/pdf-templates.ts',
    importer: { file: 'scripts/build-pdfs.ts', from: "from './lib/pdf/pdf-templates.ts'", to: "from './templates/pdf-templates.ts'" },
  },
];

describe('caches that cannot go stale', () => {
  it('rebuilds the export files, the formatted references and the PDFs when a module their code imports is moved and then edited', () => {
    const folder = copyProject();
    const report = () => readBuildReport(reportPathFor(join(folder, 'dist')));
    const first = buildProject(folder);
    expect(first.status, first.output).toBe(0);

    for (const move of MOVED) {
      moveModule(folder, move.from, move.to, move.importer);
      // The moved module's own relative imports are rewritten to point where they pointed before.
      const moved = join(folder, move.to);
      writeFileSync(
        moved,
        readFileSync(moved, 'utf8').replace(/from '(\.{1,2}\/[^']+)'/g, (_match, specifier: string) => {
          const target = resolve(dirname(join(folder, move.from)), specifier);
          const path = relative(dirname(moved), target);
          return `from '${path.startsWith('.') ? path : `./${path}`}'`;
        }),
      );
    }
    const afterMove = buildProject(folder);
    expect(afterMove.status, afterMove.output).toBe(0);

    // An edit to each moved module (a comment: the output stays the same) must still invalidate
    // the cache whose code runs it; a key listing folders by hand would reuse the stale entries.
    for (const move of MOVED) appendFileSync(join(folder, move.to), '\n// edited after the move\n');
    const edited = buildProject(folder);
    expect(edited.status, edited.output).toBe(0);
    const phases = report();
    const references = phaseOf(phases, 'references');
    expect({ reused: references.reused, made: references.made }).toEqual({ reused: 0, made: references.counts.publications });
    expect(phaseOf(phases, 'exportFiles')).toMatchObject({ reused: 0, made: phaseOf(phases, 'exportFiles').counts.files });
    expect(phaseOf(phases, 'pdfs')).toMatchObject({ reused: 0, made: 7 });
    // The pages' text did not change, so the search index is reused: the caches still work.
    expect(phaseOf(phases, 'searchIndex').made).toBe(0);
    // Three whole builds, two printing the PDFs: longer than the suite's default on a busy machine.
  }, 900_000);

  it('fails naming the path when the reference-formatting worker is missing', () => {
    const folder = copyProject();
    rmSync(join(folder, 'src/loaders/format-worker.ts'));
    const result = buildProject(folder);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      `cache key: the entry module ${join(folder, 'src/loaders/format-worker.ts')} does not exist. Fix: point the cache key at the module's new path.`,
    );
    expect(result.distExists).toBe(false);
  });
});
