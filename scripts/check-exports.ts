/**
 * Feeds every bibliography file the built site publishes to the real citation clients people use,
 * and fails when any of them warns, complains or leaves an entry out:
 *   - every .bib (references.bib, each publication's, each stage's, each manual chapter's, site.bib):
 *     BibTeX with plain.bst and with apalike.bst with no warning and every entry a \bibitem, and
 *     biber --tool --validate-datamodel (biblatex's data model) with no WARN or ERROR line, run once
 *     over every distinct entry of all the files (biber takes seconds to start; files share entries);
 *   - pdflatex + bibtex over references.bib: the bibliography typesets;
 *   - pandoc --citeproc, from references.bib and references.json: every entry is rendered, no warning.
 * Run after `npm run build`: `node scripts/check-exports.ts [dist]`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { splitBibtexEntries } from '../src/lib/export/format-bibtex.ts';
import { isExplainedByProvenance, readUnverifiedFields } from './lib/checks/explained-warnings.ts';
import { listFiles } from './lib/list-files.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const failures: string[] = [];
/** Warnings about fields left out because no public record shows them (content/data/provenance.yaml): reported, expected. */
const explained = new Set<string>();
const unverified = readUnverifiedFields();
/** Keeps the complaints that are defects, setting aside (and reporting) those the provenance explains. */
const unexplained = (lines: string[]) => lines.filter((line) => (isExplainedByProvenance(line, unverified) ? (explained.add(line.trim()), false) : true));
const work = mkdtempSync(join(tmpdir(), 'refocus-exports-'));
const bibFiles = listFiles(dist)
  .filter((file) => file.endsWith('.bib'))
  .sort();
const keysOf = (text: string) => [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1] ?? '');

function requireTool(tool: string, install: string): boolean {
  const found = spawnSync('which', [tool]).status === 0;
  if (!found) failures.push(`${tool} is not installed. Fix: apt-get install -y ${install} (bash .ci/run does this).`);
  return found;
}

function run(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: work, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** biber's data-model check of one file: every WARN or ERROR line is a failure. */
function validateWithBiber(file: string): void {
  const { status, output } = run('biber', ['--tool', '--validate-datamodel', '--output-file', 'biber-out.bib', 'in.bib']);
  const complaints = unexplained(output.split('\n').filter((line) => /\b(ERROR|WARN)\b/.test(line)));
  if (status !== 0 || complaints.length > 0) failures.push(`biber: ${file} (exit ${status}):\n  ${(complaints.join('\n') || output).replace(/\n/g, '\n  ')}`);
}

/** BibTeX with one style over one file, from a hand-written .aux (no LaTeX run needed): no warning, every entry a \bibitem. */
function runBibtex(file: string, style: string, keys: string[]): void {
  writeFileSync(join(work, 'doc.aux'), `\\citation{*}\n\\bibstyle{${style}}\n\\bibdata{in}\n`);
  const { status, output } = run('bibtex', ['doc']);
  const complaints = unexplained(output.split('\n').filter((line) => line.startsWith('Warning--') || /error/i.test(line)));
  const items = (readFileSync(join(work, 'doc.bbl'), 'utf8').match(/\\bibitem/g) ?? []).length;
  if (status !== 0 || complaints.length > 0) failures.push(`bibtex (${style}.bst): ${file} (exit ${status}):\n  ${complaints.join('\n  ')}`);
  if (items !== keys.length) failures.push(`bibtex (${style}.bst): ${file}: ${items} of ${keys.length} entries rendered`);
}

/** Every distinct entry of the .bib files (the same entry is written identically in each file), for one biber run. */
function distinctEntries(): string {
  const entries = new Set<string>();
  for (const file of bibFiles) for (const entry of splitBibtexEntries(readFileSync(join(dist, file), 'utf8'))) entries.add(`${entry}\n`);
  const byKey = new Map<string, number>();
  for (const entry of entries) for (const key of keysOf(entry)) byKey.set(key, (byKey.get(key) ?? 0) + 1);
  const clashes = [...byKey].filter(([, count]) => count > 1).map(([key]) => key);
  if (clashes.length > 0) failures.push(`the .bib files write these entries differently from one another: ${clashes.join(', ')}`);
  return [...entries].join('\n');
}

if (requireTool('biber', 'biber texlive-bibtex-extra') && requireTool('bibtex', 'texlive-latex-base')) {
  for (const file of bibFiles) {
    copyFileSync(join(dist, file), join(work, 'in.bib'));
    const keys = keysOf(readFileSync(join(dist, file), 'utf8'));
    for (const style of ['plain', 'apalike']) runBibtex(file, style, keys);
  }
  writeFileSync(join(work, 'in.bib'), distinctEntries());
  validateWithBiber(`the ${keysOf(readFileSync(join(work, 'in.bib'), 'utf8')).length} distinct entries of ${bibFiles.length} .bib files`);
  if (failures.length === 0) console.log(`bibtex (plain, apalike) and biber: ${bibFiles.length} .bib files, no warnings but those listed below as expected, every entry rendered`);
}

const references = readFileSync(join(dist, 'references.bib'), 'utf8');
const keys = keysOf(references);
copyFileSync(join(dist, 'references.bib'), join(work, 'references.bib'));
copyFileSync(join(dist, 'references.json'), join(work, 'references.json'));

if (requireTool('pdflatex', 'texlive-latex-base')) {
  writeFileSync(
    join(work, 'doc.tex'),
    '\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n\\usepackage{url}\n\\begin{document}\n\\nocite{*}\n\\bibliographystyle{plain}\n\\bibliography{references}\n\\end{document}\n',
  );
  const first = run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
  run('bibtex', ['doc']);
  const second = run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
  const errors = second.output.split('\n').filter((line) => line.startsWith('!'));
  // pdflatex's fonts have no glyphs for scripts such as Vietnamese or CJK: that is pdflatex's limit,
  // not the export's (xelatex or lualatex typeset them), so it is reported, not failed.
  const missingGlyphs = [...new Set([...second.output.matchAll(/Unicode character (\S+ \(U\+[0-9A-F]+\))/g)].map((match) => match[1]))];
  if (missingGlyphs.length > 0 && errors.every((line) => /Unicode character|Fatal error|Emergency stop/.test(line)))
    console.log(`pdflatex: no glyph for ${missingGlyphs.join(', ')} (pdflatex's fonts lack these scripts; xelatex and lualatex typeset them)`);
  else if (first.status !== 0 || second.status !== 0) failures.push(`pdflatex failed on the bibliography:\n${errors.join('\n')}`);
  else console.log('pdflatex + bibtex: references.bib typesets with plain.bst');
}

if (requireTool('pandoc', 'pandoc')) {
  for (const bibliography of ['references.bib', 'references.json']) {
    writeFileSync(join(work, 'doc.md'), `---\nbibliography: ${bibliography}\nnocite: "@*"\n---\n`);
    const { status, output } = run('pandoc', ['--citeproc', '-t', 'html', 'doc.md']);
    const rendered = new Set([...output.matchAll(/id="ref-([^"]+)"/g)].map((match) => match[1]));
    const missing = keys.filter((key) => !rendered.has(key));
    const warnings = output.split('\n').filter((line) => /^\[WARNING\]/.test(line));
    if (status !== 0 || missing.length > 0 || warnings.length > 0)
      failures.push(`pandoc --citeproc with ${bibliography} (exit ${status}): missing ${missing.join(', ') || 'none'}\n${warnings.join('\n')}`);
    else console.log(`pandoc --citeproc: ${rendered.size} of ${keys.length} entries rendered from ${bibliography}`);
  }
}

if (explained.size > 0)
  console.log(`Expected warnings, about fields no public record shows (content/data/provenance.yaml):\n${[...explained].map((line) => `  ${line}`).join('\n')}`);
if (failures.length > 0) {
  console.error(`\nThe exports failed ${failures.length} check(s):\n${failures.map((failure) => `- ${failure}`).join('\n')}\n(work folder: ${work})`);
  process.exit(1);
}
execFileSync('rm', ['-rf', work]);
