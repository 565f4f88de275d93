/**
 * Reads every export file and every publication, chapter and list page of a built site with
 * Zotero's own translators (../shared/zotero, run offline in Chromium) and fails on any difference
 * from the source records: item type, authors (particles, suffixes, organisations), title,
 * container, series, volume, issue, pages, DOI, PMID, URL, an abstract the record does not have,
 * a field Zotero would drop (invalidFields) or a translator error. Then does the same, and runs
 * scripts/check-exports.ts, on a copy of the project built with tests/fixtures/hostile-names.bib.
 * Run after `npm run build`: `node scripts/check-zotero.ts [dist]`. Without ../shared/zotero it fails.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkZoteroSite } from './lib/checks/zotero-site.ts';
import { buildProject, copyProject } from '../tests/support/project-copy.ts';

const root = resolve(import.meta.dirname, '..');
const harness = resolve(root, '../shared/zotero/zotero.mjs');
if (!existsSync(harness)) {
  console.error(
    `check-zotero: ${harness} is missing, so Zotero's translators cannot be run: the Zotero checks did not run. Fix: provide ../shared/zotero (see its README.md) beside the project.`,
  );
  process.exit(1);
}

const failures: string[] = [];
const dist = resolve(process.argv[2] ?? 'dist');
failures.push(...checkZoteroSite({ root, dist, harness, label: 'site' }));

const copy = copyProject();
try {
  copyFileSync(join(root, 'tests/fixtures/hostile-names.bib'), join(copy, 'references/hostile-names.bib'));
  const build = buildProject(copy);
  if (build.status !== 0) failures.push(`the copy with tests/fixtures/hostile-names.bib did not build:\n${build.output.slice(-2000)}`);
  else {
    failures.push(...checkZoteroSite({ root: copy, dist: join(copy, 'dist'), harness, label: 'hostile-names copy' }));
    const exports = spawnSync(process.execPath, [join(root, 'scripts/check-exports.ts'), join(copy, 'dist')], { encoding: 'utf8' });
    console.log(exports.stdout.trim());
    if (exports.status !== 0) failures.push(`check-exports on the hostile-names copy:\n${exports.stderr.trim()}`);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\nZotero read ${failures.length} thing(s) wrong:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('check-zotero: Zotero reads every export and page as the records say');
