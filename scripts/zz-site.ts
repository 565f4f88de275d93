import { resolve } from 'node:path';
import { checkZoteroSite } from './lib/checks/zotero-site.ts';
const root = resolve(import.meta.dirname, '..');
const problems = checkZoteroSite({ root, dist: resolve(process.argv[2] ?? 'dist'), harness: resolve(root, '../shared/zotero/zotero.mjs'), label: 'site' });
console.log(problems.join('\n'));
