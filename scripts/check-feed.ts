/**
 * Checks the changelog as the built site publishes it:
 *   - dist/changes.atom is valid Atom 1.0: jing validates it against scripts/lib/checks/atom.rnc (a RELAX NG
 *     grammar of RFC 4287), then a feed parser (@rowanmanning/feed-parser) reads it back and every
 *     entry is compared with content/changes.yaml (ids, titles, dates, absolute links, summaries, kinds);
 *   - every HTML page advertises the feed (<link rel="alternate" type="application/atom+xml">);
 *   - /changes/ lists every change, /changes/<kind>/ exactly those of its kind, and each publication a
 *     change names links to it from its page.
 * Run after `npm run build`: `node scripts/check-feed.ts [dist]` (npm run test:feed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse } from 'yaml';
import { CHANGES_FILE, ChangeSchema } from '../src/schemas/changes.ts';
import { SITE_TITLE } from '../src/site.ts';
import { compareFeedWithChanges, type ParsedFeed } from './lib/checks/check-feed.ts';
import { listFiles } from './lib/list-files.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const feedFile = join(dist, 'changes.atom');
const schema = new URL('./lib/checks/atom.rnc', import.meta.url).pathname;
if (!existsSync(feedFile)) {
  console.error(`check-feed: ${feedFile} does not exist. Fix: build the site first (npm run build).`);
  process.exit(1);
}
const problems: string[] = [];

// 1. The grammar. jing prints Debian's notes about optional Java libraries as "[warning]" lines; they are not about the feed.
const jing = spawnSync('jing', ['-c', schema, feedFile], { encoding: 'utf8' });
if (jing.error) problems.push(`jing could not run (${jing.error.message}). Fix: install it (npm test installs it on Debian; see README).`);
else if (jing.status !== 0) {
  const lines = `${jing.stdout}${jing.stderr}`.split('\n').filter((line) => line.trim() && !line.startsWith('[warning]'));
  problems.push(...lines.map((line) => `jing: ${line}`));
}

// 2. Read back by a feed parser and compared with the changelog.
// No changelog file means no changes: the feed must then hold no entry.
const changes = existsSync(CHANGES_FILE) ? ((parse(readFileSync(CHANGES_FILE, 'utf8')) ?? []) as unknown[]).map((entry) => ChangeSchema.parse(entry)) : [];
const home = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
if (!home) problems.push('dist/index.html has no canonical link, so the site address is unknown');
const siteUrl = (path: string) => new URL(path.replace(/^\//, ''), home).href;
const feed = parseFeed(readFileSync(feedFile, 'utf8')).toJSON() as ParsedFeed;
problems.push(...compareFeedWithChanges(feed, changes, siteUrl).map((problem) => `changes.atom: ${problem}`));

// 3. The pages.
const basePath = new URL(home ?? 'http://localhost/').pathname;
const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
const feedLink = `<link rel="alternate" type="application/atom+xml" title="${SITE_TITLE}: what changed" href="${basePath}changes.atom">`;
const withoutLink = pages.filter((file) => !readFileSync(join(dist, file), 'utf8').includes(feedLink));
if (withoutLink.length > 0) problems.push(`${withoutLink.length} page(s) do not advertise the feed, e.g. ${withoutLink.slice(0, 3).join(', ')}`);
const read = (file: string) => (existsSync(join(dist, file)) ? readFileSync(join(dist, file), 'utf8') : '');
const listed = (html: string) => [...html.matchAll(/<li class="change" id="([^"]+)"/g)].map((match) => match[1]);
const all = listed(read('changes/index.html'));
for (const change of changes) {
  if (!all.includes(change.id)) problems.push(`/changes/ does not list "${change.id}"`);
  if (!listed(read(`changes/${change.kind}/index.html`)).includes(change.id)) problems.push(`/changes/${change.kind}/ does not list "${change.id}"`);
  for (const key of change.publications) {
    if (!read(`publications/${key}/index.html`).includes(`href="${basePath}changes/#${change.id}"`))
      problems.push(`/publications/${key}/ does not link to the change "${change.id}"`);
  }
}
for (const kind of new Set(changes.map((change) => change.kind))) {
  const shown = listed(read(`changes/${kind}/index.html`));
  const stray = shown.filter((id) => changes.find((change) => change.id === id)?.kind !== kind);
  if (stray.length > 0) problems.push(`/changes/${kind}/ lists changes of another kind: ${stray.join(', ')}`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`check-feed: ${problem}`);
  console.error(`\ncheck-feed: ${problems.length} problem(s).`);
  process.exit(1);
}
console.log(
  `check-feed: changes.atom is valid Atom 1.0 (jing, ${schema.split('/').slice(-2).join('/')}) and its ${feed.items.length} entries match ${CHANGES_FILE}; all ${pages.length} pages advertise it; /changes/ and its ${new Set(changes.map((change) => change.kind)).size} kind pages and the publications concerned list every change.`,
);
