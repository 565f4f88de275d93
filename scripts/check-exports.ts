/**
 * Feeds the built bibliography exports to the real citation clients people use, and fails when any
 * of them complains or leaves an entry out:
 *   - biber --tool --validate-datamodel (biblatex's data model): no ERROR or WARN line;
 *   - pdflatex + bibtex with \nocite{*} and plain.bst: every entry becomes a \bibitem, no error;
 *   - pandoc --citeproc, from references.bib and from references.json: every entry is rendered.
 * Run after `npm run build`: `node scripts/check-exports.ts [dist]`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
const failures: string[] = [];
const bibText = readFileSync(join(dist, 'references.bib'), 'utf8');
const keys = [...bibText.matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1] ?? '');
const work = mkdtempSync(join(tmpdir(), 'refocus-exports-'));
copyFileSync(join(dist, 'references.bib'), join(work, 'references.bib'));
copyFileSync(join(dist, 'references.json'), join(work, 'references.json'));

function requireTool(tool: string, install: string): boolean {
  const found = spawnSync('which', [tool]).status === 0;
  if (!found) failures.push(`${tool} is not installed. Fix: apt-get install -y ${install} (bash .ci/run does this).`);
  return found;
}

function run(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: work, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

if (requireTool('biber', 'biber texlive-bibtex-extra')) {
  const { status, output } = run('biber', ['--tool', '--validate-datamodel', '--output-file', 'biber-out.bib', 'references.bib']);
  const complaints = output.split('\n').filter((line) => /\b(ERROR|WARN)\b/.test(line));
  if (status !== 0 || complaints.length > 0) failures.push(`biber rejected references.bib (exit ${status}):\n${complaints.join('\n') || output}`);
  else console.log(`biber: ${keys.length} entries validate against the biblatex data model`);
}

if (requireTool('pdflatex', 'texlive-latex-base') && requireTool('bibtex', 'texlive-latex-base')) {
  writeFileSync(join(work, 'doc.tex'), '\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n\\usepackage{url}\n\\begin{document}\n\\nocite{*}\n\\bibliographystyle{plain}\n\\bibliography{references}\n\\end{document}\n');
  const first = run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
  const bibtex = run('bibtex', ['doc']);
  const second = run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
  const bbl = readFileSync(join(work, 'doc.bbl'), 'utf8');
  const items = (bbl.match(/\\bibitem/g) ?? []).length;
  // plain.bst warns about data it would like (a number without a volume): reported, not fatal, since
  // fields that could not be verified are left out on purpose. Errors are fatal.
  const bibtexErrors = bibtex.output.split('\n').filter((line) => /error/i.test(line));
  const bibtexWarnings = bibtex.output.split('\n').filter((line) => line.startsWith('Warning--'));
  if (bibtexWarnings.length > 0) console.log(`bibtex noted incomplete records (left incomplete on purpose):\n  ${bibtexWarnings.join('\n  ')}`);
  if (first.status !== 0 || second.status !== 0) failures.push(`pdflatex failed on the bibliography:\n${second.output.split('\n').filter((line) => line.startsWith('!')).join('\n')}`);
  if (bibtex.status !== 0 || bibtexErrors.length > 0) failures.push(`bibtex complained (exit ${bibtex.status}):\n${bibtexErrors.join('\n')}`);
  if (items !== keys.length) failures.push(`bibtex rendered ${items} of ${keys.length} entries`);
  if (failures.length === 0) console.log(`pdflatex + bibtex: ${items} of ${keys.length} entries rendered with plain.bst`);
}

if (requireTool('pandoc', 'pandoc')) {
  for (const bibliography of ['references.bib', 'references.json']) {
    writeFileSync(join(work, 'doc.md'), `---\nbibliography: ${bibliography}\nnocite: "@*"\n---\n`);
    const { status, output } = run('pandoc', ['--citeproc', '-t', 'html', 'doc.md']);
    const rendered = new Set([...output.matchAll(/id="ref-([^"]+)"/g)].map((match) => match[1]));
    const missing = keys.filter((key) => !rendered.has(key));
    const warnings = output.split('\n').filter((line) => /^\[WARNING\]/.test(line));
    if (status !== 0 || missing.length > 0 || warnings.length > 0) failures.push(`pandoc --citeproc with ${bibliography} (exit ${status}): missing ${missing.join(', ') || 'none'}\n${warnings.join('\n')}`);
    else console.log(`pandoc --citeproc: ${rendered.size} of ${keys.length} entries rendered from ${bibliography}`);
  }
}

if (failures.length > 0) {
  console.error(`\nThe exports failed ${failures.length} check(s):\n${failures.map((failure) => `- ${failure}`).join('\n')}\n(work folder: ${work})`);
  process.exit(1);
}
execFileSync('rm', ['-rf', work]);
