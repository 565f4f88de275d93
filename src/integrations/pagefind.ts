import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_EXCLUDE_SELECTORS } from '../lib/search/facets.ts';
import { pageUrlOf, separateBlockText } from '../lib/search/index-html.ts';
import { buildVocabulary, textOfFragment, updateVocabulary, type Vocabulary } from '../lib/search/spelling.ts';
import { digestOfInputs } from '../build/cache-key.ts';
import { linkTree } from '../build/link-tree.ts';
import { peakMemoryMb } from '../build/peak-memory.ts';
import { recordPhase } from '../build/record-phase.ts';

interface PagefindResponse {
  errors: string[];
}

/** Throws once with every error Pagefind reported, so a broken index never ships quietly. */
function assertNoErrors<T extends PagefindResponse>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n${response.errors.map((error) => `  - ${error}`).join('\n')}`);
  }
  return response;
}

/** The number of pages in the written index, read from its entry file (HTML files without data-pagefind-body are skipped). */
async function countIndexedPages(outputPath: URL): Promise<number> {
  const entry = JSON.parse(await readFile(new URL('pagefind-entry.json', outputPath), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((total, language) => total + (language.page_count ?? 0), 0);
}

/**
 * Every HTML file under dist/, as paths relative to it, sorted. Walked here, one synchronous
 * readdir per folder, because fs.readdir's recursive mode took 2–4 s over the 50,000 files of a
 * 10,000-publication site and this walk 0.4 s; nothing else runs while the index is made.
 */
function listHtmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(path);
    }
  };
  walk('');
  return found.sort();
}

/** A page as Pagefind should read it. Read synchronously: ten thousand small reads are about twice as fast as through the thread pool. */
function pageText(dir: string, file: string): string {
  return separateBlockText(readFileSync(join(dir, file), 'utf8'));
}

/** The file, beside Pagefind's own in dist/pagefind/, that holds the index's words and their counts ("Did you mean"). */
export const VOCABULARY_FILE = 'vocabulary.json';

/** The code that counts the vocabulary: a vocabulary counted by other code is not updated but counted again. */
export const VOCABULARY_CODE = { modules: ['src/lib/search/spelling.ts'] };

/** The file, in the cache folder, that says which cached index the vocabulary was counted for, and by which code. */
const VOCABULARY_STAMP_FILE = 'pagefind-vocabulary.json';

interface VocabularyStamp {
  vocabularyCode: string;
  pagefindVersion: string;
  /** The cached index's folder name (the digest of its pages). */
  index: string;
}

function readVocabularyStamp(cache: SearchIndexCache): VocabularyStamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(new URL(VOCABULARY_STAMP_FILE, cache.folder), 'utf8')) as VocabularyStamp;
    return stamp.vocabularyCode === cache.vocabularyCode && stamp.pagefindVersion === cache.pagefindVersion && typeof stamp.index === 'string' ? stamp : undefined;
  } catch {
    // No stamp yet, or an unreadable one: the vocabulary is counted afresh.
    return undefined;
  }
}

function writeVocabularyStamp(cache: SearchIndexCache, index: string): void {
  const stamp: VocabularyStamp = { vocabularyCode: cache.vocabularyCode, pagefindVersion: cache.pagefindVersion, index };
  writeFileSync(new URL(VOCABULARY_STAMP_FILE, cache.folder), JSON.stringify(stamp));
}

/** The fragment files (one per indexed page, named by a digest of their content) of the index in `indexFolder`, sorted. */
function fragmentFiles(indexFolder: URL): string[] {
  return readdirSync(new URL('fragment/', indexFolder))
    .filter((file) => file.endsWith('.pf_fragment'))
    .sort();
}

/** The words a fragment adds to the vocabulary. Read and unzipped synchronously: for ten thousand small files, faster than the thread pool. */
function fragmentText(indexFolder: URL, file: string): string {
  return textOfFragment(gunzipSync(readFileSync(new URL(`fragment/${file}`, indexFolder))).toString('utf8'));
}

/**
 * Writes the vocabulary of the index in `indexFolder`: the words of every page's fragment (its
 * indexed text, title and author names) with their counts, for the search page's "Did you mean".
 * Given the `previous` index (the last build's, with its vocabulary), only the fragments that one
 * lacks or the new one dropped are read, and the counts updated: after an edit of one entry, two
 * fragments of ten thousand. Fragment files are named by their content, so a name in both indexes
 * is the same text. Returns how many fragments were read.
 */
function writeVocabulary(indexFolder: URL, previous?: URL): number {
  const files = fragmentFiles(indexFolder);
  let vocabulary: Vocabulary | undefined;
  let read = 0;
  if (previous) {
    try {
      const now = new Set(files);
      const before = fragmentFiles(previous);
      const was = new Set(before);
      const removed = before.filter((file) => !now.has(file));
      const added = files.filter((file) => !was.has(file));
      const counted = JSON.parse(readFileSync(new URL(VOCABULARY_FILE, previous), 'utf8')) as Vocabulary;
      vocabulary = updateVocabulary(
        counted,
        removed.map((file) => fragmentText(previous, file)),
        added.map((file) => fragmentText(indexFolder, file)),
      );
      read = removed.length + added.length;
    } catch {
      // The last index is incomplete or unreadable: every fragment is read.
      vocabulary = undefined;
    }
  }
  if (!vocabulary) {
    vocabulary = buildVocabulary(files.map((file) => fragmentText(indexFolder, file)));
    read = files.length;
  }
  // Written to a new file, never into one that may be a hard link to the cached index's.
  const target = new URL(VOCABULARY_FILE, indexFolder);
  rmSync(target, { force: true });
  writeFileSync(target, `${JSON.stringify(vocabulary)}\n`);
  return read;
}

/** Where an unchanged site's index is kept between builds, and what decides that it is unchanged. */
export interface SearchIndexCache {
  /** A folder of the build cache (Astro's cacheDir), of which this step uses pagefind/ and PAGE_STAMPS_FILE. */
  folder: URL;
  /** The Pagefind version, read from its package.json: a new version must index afresh. */
  pagefindVersion: string;
  /** A digest of the code that prepares a page for Pagefind (PAGE_TEXT_CODE): the stamps of pages hashed by other code are not used. */
  pageTextCode: string;
  /** A digest of the code that counts the vocabulary (VOCABULARY_CODE). */
  vocabularyCode: string;
}

/** The code that turns a built page into what Pagefind reads (and so into its digest). */
export const PAGE_TEXT_CODE = { modules: ['src/lib/search/index-html.ts'] };

/** The file, in the cache folder, of each page's stamp and digest at the last build. */
const PAGE_STAMPS_FILE = 'pagefind-pages.json';

/**
 * Each page's file stamp (inode, size, modification time) and the digest of its text as Pagefind
 * reads it, from the last build. A page whose stamp is unchanged is not read again: pages Astro
 * reuses are hard links to the last build's files (src/build/astro-page-cache-links.ts), so they
 * keep their stamp, and a page written anew gets a new inode. The same shortcut as Git's index.
 */
interface PageStamps {
  pageTextCode: string;
  pages: Record<string, [ino: number, size: number, mtimeMs: number, digest: string]>;
}

function readPageStamps(file: string, pageTextCode: string): PageStamps['pages'] {
  try {
    const stamps = JSON.parse(readFileSync(file, 'utf8')) as PageStamps;
    return stamps.pageTextCode === pageTextCode && typeof stamps.pages === 'object' ? stamps.pages : {};
  } catch {
    // No stamps yet (a first build), or unreadable ones: every page is read.
    return {};
  }
}

const INDEX_OPTIONS = { excludeSelectors: [...SEARCH_EXCLUDE_SELECTORS], forceLanguage: 'en' };

/**
 * Where the prepared copy goes: memory-backed /dev/shm when the machine has room there (creating
 * ten thousand small files on disk costs several seconds; in memory, a fraction of one), otherwise
 * the system's temporary folder.
 */
async function scratchFolder(): Promise<string> {
  try {
    const { bavail, bsize } = await statfs('/dev/shm');
    if (bavail * bsize > 2 ** 30) return '/dev/shm';
  } catch {
    // No /dev/shm here.
  }
  return tmpdir();
}

/**
 * A digest of everything the index is made from: Pagefind's version and options, and each page's
 * address and text as Pagefind reads it. With `stamps` (the last build's), a page whose file stamp
 * is unchanged contributes its recorded digest instead of being read; the stamps of this build are
 * returned for the next one.
 */
function digestOfPages(dir: string, files: string[], pagefindVersion: string, stamps: PageStamps['pages'] = {}): { digest: string; stamps: PageStamps['pages']; read: number } {
  const hash = createHash('sha256').update(`${pagefindVersion}\n${JSON.stringify(INDEX_OPTIONS)}\n`);
  const next: PageStamps['pages'] = {};
  let read = 0;
  for (const file of files) {
    const { ino, size, mtimeMs } = statSync(join(dir, file));
    const known = stamps[file];
    let digest = known?.[3];
    if (!known || known[0] !== ino || known[1] !== size || known[2] !== mtimeMs || !digest) {
      digest = createHash('sha256').update(pageText(dir, file)).digest('hex').slice(0, 32);
      read += 1;
    }
    next[file] = [ino, size, mtimeMs, digest];
    hash.update(`${pageUrlOf(file)}\u0000${digest}\u0000`);
  }
  return { digest: hash.digest('hex').slice(0, 32), stamps: next, read };
}

/**
 * Writes each page as Pagefind should read it (separateBlockText) into a folder of its own, at the
 * same relative path. Folders and files are created one at a time, in the order of `files`:
 * Pagefind's index depends on the order in which it finds the pages in the folder, and a copy
 * created many files at once gave a different index on each cold build. Synchronous writes: about
 * three times faster here than awaiting each one.
 */
function preparePages(dir: string, files: string[], folder: string): void {
  for (const each of new Set(files.map((file) => dirname(join(folder, file))))) mkdirSync(each, { recursive: true });
  for (const file of files) writeFileSync(join(folder, file), pageText(dir, file));
}

/**
 * Indexes the built site with Pagefind's Node API and writes the bundle to dist/pagefind/.
 * Only elements marked data-pagefind-body are indexed (see BaseLayout's `searchType`), minus the
 * selectors in SEARCH_EXCLUDE_SELECTORS. Pagefind reads the pages as separateBlockText leaves them
 * (so that the words of lists and tables stay apart), from a temporary copy: its own directory
 * reader indexes them in parallel, about three times faster than handing over one file at a time.
 * With a cache, a site whose pages are byte-for-byte those of the last build (the build is
 * reproducible) gets that build's index back, as hard links, instead of indexing every page again.
 */
export async function buildSearchIndex(dir: URL, logger: AstroIntegrationLogger, cache?: SearchIndexCache): Promise<{ htmlFiles: number; indexedPages: number; reused: boolean }> {
  const started = performance.now();
  const root = fileURLToPath(dir);
  const files = listHtmlFiles(root);
  const htmlFiles = files.length;
  const outputPath = new URL('pagefind/', dir);
  const cacheRoot = cache && new URL('pagefind/', cache.folder);
  let pages: ReturnType<typeof digestOfPages> | undefined;
  if (cache) {
    const stampsFile = fileURLToPath(new URL(PAGE_STAMPS_FILE, cache.folder));
    pages = digestOfPages(root, files, cache.pagefindVersion, readPageStamps(stampsFile, cache.pageTextCode));
    mkdirSync(dirname(stampsFile), { recursive: true });
    writeFileSync(stampsFile, JSON.stringify({ pageTextCode: cache.pageTextCode, pages: pages.stamps } satisfies PageStamps));
  }
  const cached = cacheRoot && pages && new URL(`${pages.digest}/`, cacheRoot);
  if (cache && pages && cached && existsSync(new URL('pagefind-entry.json', cached))) {
    // A cached index whose vocabulary is missing or was counted by other code gets it counted now.
    let recounted = '';
    if (!existsSync(new URL(VOCABULARY_FILE, cached)) || readVocabularyStamp(cache)?.index !== pages.digest) {
      recounted = ` and counted its vocabulary again (${writeVocabulary(cached)} fragments read)`;
      writeVocabularyStamp(cache, pages.digest);
    }
    await linkTree(fileURLToPath(cached), fileURLToPath(outputPath));
    const indexedPages = await countIndexedPages(outputPath);
    logger.info(
      `Pagefind: the ${htmlFiles} HTML files are unchanged since the last build (${pages.read} read, the others known by their file stamps); reused its index of ${indexedPages} pages${recounted} in ${Math.round(performance.now() - started)} ms`,
    );
    return { htmlFiles, indexedPages, reused: true };
  }
  // Each step's time goes into the log line, for the benchmark log's profile of this phase.
  const steps: string[] = [];
  let stepStarted = started;
  const step = (name: string) => {
    const now = performance.now();
    steps.push(`${name} ${((now - stepStarted) / 1000).toFixed(1)} s`);
    stepStarted = now;
  };
  step(`pages read and hashed (${pages?.read ?? htmlFiles} read)`);
  const prepared = await mkdtemp(join(await scratchFolder(), 'refocus-pagefind-'));
  // Ten thousand files to remove, the copy and the last cached index: removed beside the steps
  // that follow (the thread pool does it) and awaited before the step ends.
  const removals: Promise<void>[] = [];
  let indexedPages: number;
  try {
    try {
      preparePages(root, files, prepared);
      step('copy for Pagefind');
      indexedPages = await indexFolder(prepared, outputPath, htmlFiles, step);
    } finally {
      removals.push(rm(prepared, { recursive: true, force: true }));
    }
    // The last build's index, if its vocabulary was counted by this code: only the fragments that changed are read.
    const lastIndex = cache && cacheRoot && readVocabularyStamp(cache)?.index;
    const previous = lastIndex ? new URL(`${lastIndex}/`, cacheRoot) : undefined;
    const fragmentsRead = writeVocabulary(outputPath, previous && existsSync(new URL(VOCABULARY_FILE, previous)) ? previous : undefined);
    step(`vocabulary (${fragmentsRead} fragments read)`);
    if (cache && pages && cached && cacheRoot) {
      // Only the latest index is kept: the others are moved aside at once and removed meanwhile.
      // (Moved into pagefind-stale/, which is removed whole, so that a build stopped meanwhile leaves nothing behind for long.)
      const staleRoot = new URL('pagefind-stale/', cache.folder);
      if (existsSync(cacheRoot)) {
        mkdirSync(staleRoot, { recursive: true });
        renameSync(cacheRoot, new URL(`${process.pid}-${Date.now()}/`, staleRoot));
      }
      if (existsSync(staleRoot)) removals.push(rm(staleRoot, { recursive: true, force: true }));
      await linkTree(fileURLToPath(outputPath), fileURLToPath(cached));
      writeVocabularyStamp(cache, pages.digest);
      step('cached');
    }
  } finally {
    await Promise.all(removals);
  }
  step('copies removed');
  logger.info(
    `Pagefind indexed ${indexedPages} of ${htmlFiles} HTML files in ${Math.round(performance.now() - started)} ms (${steps.join(', ')}; peak memory so far ${peakMemoryMb()} MB)`,
  );
  return { htmlFiles, indexedPages, reused: false };
}

/** Runs Pagefind over the prepared pages and writes its bundle; returns how many pages it indexed. */
async function indexFolder(prepared: string, outputPath: URL, htmlFiles: number, step: (name: string) => void): Promise<number> {
  try {
    const { index } = assertNoErrors('starting', await pagefind.createIndex(INDEX_OPTIONS));
    if (!index) throw new Error('Pagefind failed while starting: it returned no index.');
    assertNoErrors('reading the built pages', await index.addDirectory({ path: prepared }));
    step('Pagefind read');
    assertNoErrors('writing the index', await index.writeFiles({ outputPath: fileURLToPath(outputPath) }));
    step('Pagefind wrote');
    const indexedPages = await countIndexedPages(outputPath);
    if (indexedPages === 0) {
      throw new Error(
        `Pagefind indexed none of the ${htmlFiles} HTML files. Fix: check that layouts still mark their main content with data-pagefind-body (BaseLayout's searchType prop).`,
      );
    }
    return indexedPages;
  } finally {
    await pagefind.close();
  }
}

/** Builds the Pagefind search index after Astro has written dist/. Register it after the integrations that write pages. */
export function pagefindIntegration(): AstroIntegration {
  let cache: SearchIndexCache | undefined;
  return {
    name: 'refocus-pagefind',
    hooks: {
      'astro:config:done': async ({ config }) => {
        const { version } = JSON.parse(await readFile(new URL('node_modules/pagefind/package.json', config.root), 'utf8')) as { version: string };
        const root = fileURLToPath(config.root);
        cache = {
          folder: config.cacheDir,
          pagefindVersion: version,
          pageTextCode: await digestOfInputs(root, PAGE_TEXT_CODE),
          vocabularyCode: await digestOfInputs(root, VOCABULARY_CODE),
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const startedAt = new Date();
        const { htmlFiles, indexedPages, reused } = await buildSearchIndex(dir, logger, cache);
        recordPhase({ name: 'searchIndex', counts: { htmlFiles, indexedPages }, reused: reused ? indexedPages : 0, made: reused ? 0 : indexedPages }, startedAt);
      },
    },
  };
}
