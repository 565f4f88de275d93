/**
 * Runs ../shared/zotero over one built site: every export file (import translators) and every
 * publication, chapter and list page (web translators), and compares each item with its record.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadBibliography } from '../../../src/lib/bibtex/load-bibliography.ts';
import { toPlainValue } from '../../../src/lib/csl/rich-text.ts';
import { exportCaveatsOf } from '../../../src/lib/provenance/check-provenance.ts';
import { publicationHref } from '../../../src/lib/site/publication-slug.ts';
import { listFiles } from '../list-files.ts';
import { comparable, compareZoteroItem, type SourceRecord, type ZoteroItem, type ZoteroRoute } from './zotero-items.ts';

/** Where the site, its project and the harness are. */
export interface ZoteroSiteOptions {
  root: string;
  dist: string;
  harness: string;
  label: string;
}

interface ImportResult {
  file: string;
  used?: string;
  items: ZoteroItem[];
  errors: string[];
  invalidFields: unknown[];
}
interface WebResult {
  url: string;
  detected: { label: string; priority: number }[];
  results: Record<string, { items?: ZoteroItem[]; errors?: string[]; invalidFields?: unknown[] } | string>;
}

function runHarness<T>(options: ZoteroSiteOptions, mode: 'import' | 'web', targets: string[]): T[] {
  const result = spawnSync(process.execPath, [options.harness, '--site', options.dist, mode, ...targets], { cwd: options.root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${options.harness} ${mode} failed (exit ${result.status}): ${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout) as T[];
}

function readSources(root: string): SourceRecord[] {
  const folder = join(root, 'references');
  const sources = readdirSync(folder)
    .filter((name) => name.endsWith('.bib'))
    .sort()
    .map((name) => ({ file: `references/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
  const caveats = readExportCaveats(root);
  return loadBibliography(sources).map((publication) => ({
    key: publication.key,
    entryType: publication.entryType,
    csl: toPlainValue(publication.csl),
    ...(caveats.has(publication.key) ? { caveat: caveats.get(publication.key) } : {}),
  }));
}

/** The caveats of the incomplete records, from the provenance file the framework declares (content/framework.yaml), if any. */
function readExportCaveats(root: string): Map<string, string> {
  const framework = parseYaml(readFileSync(join(root, 'content/framework.yaml'), 'utf8')) as { annotations?: { provenance?: string } };
  const file = framework.annotations?.provenance;
  if (!file) return new Map();
  return exportCaveatsOf((parseYaml(readFileSync(join(root, 'content', file), 'utf8')) as Parameters<typeof exportCaveatsOf>[0] | null) ?? {});
}

const ROUTES: Record<string, ZoteroRoute> = { bib: 'bibtex', ris: 'ris', json: 'csljson' };

/** Items Zotero made from one source, matched by title, each compared; every item must match a record. */
function compareItems(where: string, items: ZoteroItem[], sources: SourceRecord[], route: ZoteroRoute): string[] {
  return items.flatMap((item) => {
    const record = sources.find((source) => comparable(source.csl.title) === comparable(item.title));
    if (!record) return [`${where}: Zotero made "${String(item.title)}" (${item.itemType}), which matches no record's title`];
    return compareZoteroItem(record, item, route).map((problem) => `${where} (${record.key}, ${route}): ${problem}`);
  });
}

function checkImports(options: ZoteroSiteOptions, sources: SourceRecord[]): string[] {
  const files = listFiles(options.dist)
    .filter((file) => /\.(bib|ris)$/.test(file) || file === 'references.json' || /^publications\/[^/]+\.json$/.test(file))
    .sort();
  const problems: string[] = [];
  for (const result of runHarness<ImportResult>(options, 'import', files)) {
    const where = `${options.label}: ${result.file}`;
    if (result.errors.length > 0) problems.push(`${where}: ${result.used ?? 'no translator'} errors: ${result.errors.join('; ')}`);
    if (result.invalidFields.length > 0) problems.push(`${where}: fields Zotero would drop: ${JSON.stringify(result.invalidFields)}`);
    const text = readFileSync(join(options.dist, result.file), 'utf8');
    const written = result.file.endsWith('.json') ? (JSON.parse(text) as unknown[]).length : (text.match(/^(@\w+\{|TY {2}- )/gm) ?? []).length;
    if (result.items.length !== written) problems.push(`${where}: Zotero made ${result.items.length} items of the ${written} written`);
    if (result.file.startsWith('manual/')) problems.push(...checkChapterItem(where, result.items[0]));
    else if (result.file !== 'site.bib') problems.push(...compareItems(where, result.items, sources, ROUTES[result.file.split('.').pop() ?? ''] ?? 'bibtex'));
  }
  if (!files.includes('references.ris')) problems.push(`${options.label}: references.ris was not built`);
  return problems;
}

/** A chapter of the manual summary: a book section by the site's contributors, in the summary, with its address. */
function checkChapterItem(where: string, item: ZoteroItem | undefined): string[] {
  if (!item) return [`${where}: Zotero made no item`];
  const problems: string[] = [];
  if (item.itemType !== 'bookSection') problems.push(`${where}: item type ${item.itemType}, not bookSection`);
  if (!item.title || !(item.bookTitle ?? item.publicationTitle)) problems.push(`${where}: no title or no book title`);
  if (!/\/manual\/[^/]+\/$/.test(String(item.url ?? ''))) problems.push(`${where}: URL ${String(item.url)} is not the chapter's page`);
  const split = item.creators.filter((creator) => creator.firstName);
  if (item.creators.length === 0 || split.length > 0)
    problems.push(`${where}: the site's contributors should be one organisational name, Zotero has ${JSON.stringify(item.creators)}`);
  return problems;
}

function resultOf(result: WebResult, translator: string) {
  const found = result.results[translator];
  return typeof found === 'object' ? found : undefined;
}

function checkPages(options: ZoteroSiteOptions, sources: SourceRecord[]): string[] {
  const pages = listFiles(options.dist).filter((file) => file.endsWith('index.html'));
  const listPages = pages
    .filter((file) => !file.startsWith('publications/') || !/^publications\/[^/]+\/index\.html$/.test(file) || file === 'publications/index.html')
    .filter((file) => readFileSync(join(options.dist, file), 'utf8').includes('class="Z3988"'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
  const chapterPages = pages.filter((file) => /^manual\/[^/]+\/index\.html$/.test(file) && !file.startsWith('manual/print/')).map((file) => `/${file.replace(/index\.html$/, '')}`);
  const publicationPages = sources.map((source) => publicationHref(source.key));
  const problems: string[] = [];
  for (const result of runHarness<WebResult>(options, 'web', [...publicationPages, ...chapterPages, ...listPages])) {
    const where = `${options.label}: ${result.url.replace(/^\/site/, '')}`;
    for (const [translator, outcome] of Object.entries(result.results)) {
      if (typeof outcome !== 'object') continue;
      if (outcome.errors?.length) problems.push(`${where}: ${translator} errors: ${outcome.errors.join('; ')}`);
      // COinS keeps the context object of an item without creators so that Zotero can look the item up
      // by its identifiers (online, which the harness is not): the cue for a record whose authors no public
      // record shows (content/data/provenance.yaml), not a field lost.
      const dropped = (outcome.invalidFields ?? []).filter((field) => !(translator === 'COinS' && (field as { field?: string }).field === 'contextObject'));
      if (dropped.length) problems.push(`${where}: ${translator} fields Zotero would drop: ${JSON.stringify(dropped)}`);
    }
    const path = result.url.replace(/^\/site/, '');
    const coins = resultOf(result, 'COinS')?.items ?? [];
    const embedded = resultOf(result, 'Embedded Metadata')?.items ?? [];
    if (publicationPages.includes(path)) {
      const source = sources.find((record) => publicationHref(record.key) === path);
      const primary = result.detected.filter((detected) => detected.label !== 'DOI').sort((a, b) => a.priority - b.priority)[0]?.label;
      if (primary !== 'COinS') problems.push(`${where}: Zotero would save it with ${primary ?? 'nothing'}, not COinS`);
      if (coins.length !== 1 || embedded.length !== 1) problems.push(`${where}: COinS made ${coins.length} items, Embedded Metadata ${embedded.length}; expected one each`);
      if (source) problems.push(...compareItems(`${where} COinS`, coins, [source], 'coins'), ...compareItems(`${where} Embedded Metadata`, embedded, [source], 'highwire'));
    } else if (chapterPages.includes(path)) {
      problems.push(...checkChapterItem(`${where} Embedded Metadata`, embedded[0]));
    } else {
      const spans = (readFileSync(join(options.dist, path, 'index.html'), 'utf8').match(/class="Z3988"/g) ?? []).length;
      if (coins.length !== spans) problems.push(`${where}: COinS made ${coins.length} items from ${spans} spans`);
      problems.push(...compareItems(`${where} COinS`, coins, sources, 'coins'));
    }
  }
  console.log(`check-zotero (${options.label}): ${publicationPages.length} publication pages, ${chapterPages.length} chapter pages, ${listPages.length} list pages read`);
  return problems;
}

/** Every problem Zotero's translators show with the site's exports and pages, one line each. */
export function checkZoteroSite(options: ZoteroSiteOptions): string[] {
  const sources = readSources(options.root);
  const problems = [...checkImports(options, sources), ...checkPages(options, sources)];
  console.log(`check-zotero (${options.label}): ${sources.length} records through every export and page; ${problems.length} problem(s)`);
  return problems;
}
