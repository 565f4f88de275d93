/**
 * Checks the built site: internal links and #fragments, titles, descriptions, canonical links and
 * lang, the sitemap and robots.txt, loads from other hosts, and html-validate with .htmlvalidate.json.
 * Prints one line per problem and exits 1, or one summary line.
 * Run after `npm run build`: `node scripts/check-site.ts [dist]` (npm run test:site).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readBuiltSite } from './lib/checks/built-site.ts';
import { checkSite } from './lib/checks/check-site.ts';
import { formatSiteProblem } from './lib/checks/site-problem.ts';
import { listFiles } from './lib/list-files.ts';

/**
 * Pages that pages already link to but that are built on another branch (the evidence map and graph,
 * on "graph"). While a page is absent its links pass with a printed note; once it is built its links
 * are checked as usual. Remove an entry when its branch has landed.
 */
/** Pages linked before they are built (address → why); none now that every linked page exists. */
const PENDING_PAGES = new Map<string, string>();

const started = performance.now();
const dist = resolve(process.argv[2] ?? 'dist');
const relativeDist = relative(process.cwd(), dist);
const label = relativeDist.startsWith('..') ? dist : relativeDist || '.';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`check-site: ${label}/index.html does not exist. Fix: build the site first (npm run build).`);
  process.exit(1);
}
const files = listFiles(dist);
const read = (suffix: string) => new Map(files.filter((file) => file.endsWith(suffix)).map((file) => [file, readFileSync(join(dist, file), 'utf8')] as const));
const html = read('.html');
const readIfBuilt = (file: string) => (existsSync(join(dist, file)) ? readFileSync(join(dist, file), 'utf8') : undefined);
const site = readBuiltSite({ files, html, css: read('.css'), sitemapXml: readIfBuilt('sitemap.xml'), robotsTxt: readIfBuilt('robots.txt') });
const config = JSON.parse(readFileSync(new URL('../.htmlvalidate.json', import.meta.url), 'utf8'));
const { problems, absentPending, counts } = await checkSite(site, { html, validateConfig: config, pending: PENDING_PAGES });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (absentPending.length > 0) console.log(`check-site: note: not built yet, links to them let pass: ${absentPending.join('; ')}.`);

if (problems.length > 0) {
  for (const problem of problems) console.error(formatSiteProblem(problem, label));
  console.error(`\ncheck-site: ${problems.length} problem(s) in ${label} (${counts.pages} pages, ${seconds} s).`);
  process.exit(1);
}
console.log(
  `check-site: ${counts.pages} pages, ${counts.files} files and ${counts.references} references in ${label} are sound: links and fragments resolve, heads complete, sitemap and robots.txt match, nothing loaded from other hosts, html-validate clean (${seconds} s).`,
);
