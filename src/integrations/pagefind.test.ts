import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => null),
  addDirectory: vi.fn(),
  writeFiles: vi.fn(),
}));
vi.mock('pagefind', () => ({ createIndex: pagefind.createIndex, close: pagefind.close }));

const { buildSearchIndex } = await import('./pagefind.ts');

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() } as unknown as AstroIntegrationLogger;

/** A dist/ folder with two pages, whose pagefind-entry.json (written by the mocked writeFiles) reports this many pages. */
async function makeDist(indexedPages: number): Promise<URL> {
  const dist = await mkdtemp(join(tmpdir(), 'pagefind-test-'));
  await mkdir(join(dist, 'about'));
  await writeFile(join(dist, 'index.html'), '<main data-pagefind-body><h1>Home</h1></main>');
  await writeFile(join(dist, 'about', 'index.html'), '<main data-pagefind-body><dl><dt>Year</dt><dd>2015</dd></dl></main>');
  await writeFile(join(dist, 'references.bib'), '@book{x, title = {X}}');
  pagefind.writeFiles.mockImplementation(async ({ outputPath }: { outputPath: string }) => {
    await mkdir(outputPath, { recursive: true });
    await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'x', wasm: 'en', page_count: indexedPages } } }));
    // A fragment for each page as Pagefind writes it (gzipped, after a marker, named by its content), for the vocabulary.
    await mkdir(join(outputPath, 'fragment'), { recursive: true });
    for (const [file, html] of Object.entries(handedOver)) {
      const fragment = JSON.stringify({ url: `/${file}`, content: html.replace(/<[^>]+>/g, ' '), meta: { title: 'Page' } });
      await writeFile(join(outputPath, 'fragment', `en_${createHash('sha256').update(fragment).digest('hex').slice(0, 8)}.pf_fragment`), gzipSync(`pagefind_dcd${fragment}`));
    }
    return { errors: [], outputPath };
  });
  return pathToFileURL(`${dist}/`);
}

/** The pages as Pagefind was given them to read, by path. */
let handedOver: Record<string, string> = {};

beforeEach(() => {
  handedOver = {};
  vi.clearAllMocks();
  pagefind.createIndex.mockResolvedValue({ errors: [], index: { addDirectory: pagefind.addDirectory, writeFiles: pagefind.writeFiles } });
  pagefind.addDirectory.mockImplementation(async ({ path }: { path: string }) => {
    handedOver = Object.fromEntries(
      await Promise.all(
        (await readdir(path, { recursive: true }))
          .filter((file) => file.endsWith('.html'))
          .sort()
          .map(async (file) => [file, await readFile(join(path, file), 'utf8')]),
      ),
    );
    return { errors: [], page_count: Object.keys(handedOver).length };
  });
});

describe('the Pagefind integration', () => {
  it('indexes the HTML of dist/ at its addresses, leaves out chrome, writes dist/pagefind/ and says how many pages it indexed', async () => {
    const dist = await makeDist(2);
    await expect(buildSearchIndex(dist, logger)).resolves.toEqual({ htmlFiles: 2, indexedPages: 2, reused: false });
    expect(pagefind.createIndex).toHaveBeenCalledWith({ excludeSelectors: expect.arrayContaining(['.breadcrumbs', '[data-basket-toggle]', '.references']), forceLanguage: 'en' });
    expect(handedOver).toEqual({
      'about/index.html': '<main data-pagefind-body><dl><dt>Year</dt> <dd>2015</dd> </dl></main>',
      'index.html': '<main data-pagefind-body><h1>Home</h1></main>',
    });
    expect(pagefind.writeFiles).toHaveBeenCalledWith({ outputPath: new URL('pagefind/', dist).pathname });
    // The vocabulary of "Did you mean": the fragments' words and counts.
    expect(JSON.parse(await readFile(new URL('pagefind/vocabulary.json', dist), 'utf8'))).toEqual({ page: 2, home: 1, year: 1 });
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Pagefind indexed 2 of 2 HTML files in \d+ ms \(pages read and hashed \(\d+ read\) [\d.]+ s, copy for Pagefind [\d.]+ s, Pagefind read [\d.]+ s, Pagefind wrote [\d.]+ s, vocabulary \(2 fragments read\) [\d.]+ s(, cached [\d.]+ s)?, copies removed [\d.]+ s; peak memory so far \d+ MB\)$/,
      ),
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('fails the build with every error Pagefind reported, and still stops Pagefind', async () => {
    const dist = await makeDist(56);
    pagefind.addDirectory.mockResolvedValue({ errors: ['about/index.html: unreadable', 'index.html: unreadable'], page_count: 0 });
    await expect(buildSearchIndex(dist, logger)).rejects.toThrow('Pagefind failed while reading the built pages:\n  - about/index.html: unreadable\n  - index.html: unreadable');
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('fails the build when no page was indexed, naming the likely cause', async () => {
    const dist = await makeDist(0);
    await expect(buildSearchIndex(dist, logger)).rejects.toThrow(
      "Pagefind indexed none of the 2 HTML files. Fix: check that layouts still mark their main content with data-pagefind-body (BaseLayout's searchType prop).",
    );
  });

  it('fails the build when Pagefind cannot start', async () => {
    const dist = await makeDist(1);
    pagefind.createIndex.mockResolvedValue({ errors: [], index: undefined });
    await expect(buildSearchIndex(dist, logger)).rejects.toThrow('Pagefind failed while starting: it returned no index.');
  });

  it('reuses the last index when every page is unchanged, and indexes afresh when one changes or Pagefind does', async () => {
    const cache = { folder: pathToFileURL(`${await mkdtemp(join(tmpdir(), 'pagefind-cache-'))}/`), pagefindVersion: '1.6.0', pageTextCode: 'code-1', vocabularyCode: 'words-1' };
    const first = await makeDist(2);
    await expect(buildSearchIndex(first, logger, cache)).resolves.toMatchObject({ reused: false });
    const second = await makeDist(2);
    pagefind.writeFiles.mockClear();
    await expect(buildSearchIndex(second, logger, cache)).resolves.toEqual({ htmlFiles: 2, indexedPages: 2, reused: true });
    expect(pagefind.writeFiles).not.toHaveBeenCalled();
    expect(await readFile(new URL('pagefind/pagefind-entry.json', second), 'utf8')).toContain('"page_count":2');

    const edited = await makeDist(2);
    await writeFile(new URL('about/index.html', edited), '<main data-pagefind-body><p>Changed</p></main>');
    await expect(buildSearchIndex(edited, logger, cache)).resolves.toMatchObject({ reused: false });
    await expect(buildSearchIndex(await makeDist(2), logger, { ...cache, pagefindVersion: '1.7.0' })).resolves.toMatchObject({ reused: false });
  });

  it('reads again only the pages whose file is new or changed since the last build, unless the code that prepares pages changed', async () => {
    const cache = { folder: pathToFileURL(`${await mkdtemp(join(tmpdir(), 'pagefind-cache-'))}/`), pagefindVersion: '1.6.0', pageTextCode: 'code-1', vocabularyCode: 'words-1' };
    const dist = await makeDist(2);
    await buildSearchIndex(dist, logger, cache);
    await rm(new URL('pagefind/', dist), { recursive: true });
    await expect(buildSearchIndex(dist, logger, cache)).resolves.toMatchObject({ reused: true });
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringContaining('unchanged since the last build (0 read, the others known by their file stamps)'));

    // A page written anew (a new file, as Astro writes a page it renders) is read again.
    await rm(new URL('pagefind/', dist), { recursive: true });
    await writeFile(new URL('about/index.html.new', dist), '<main data-pagefind-body><p>Changed</p></main>');
    await rename(new URL('about/index.html.new', dist), new URL('about/index.html', dist));
    await expect(buildSearchIndex(dist, logger, cache)).resolves.toMatchObject({ reused: false });
    expect(handedOver['about/index.html']).toBe('<main data-pagefind-body><p>Changed</p></main>');
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringContaining('pages read and hashed (1 read)'));

    // New code for preparing pages: every page is read again.
    await rm(new URL('pagefind/', dist), { recursive: true });
    await buildSearchIndex(dist, logger, { ...cache, pageTextCode: 'code-2' });
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringContaining('(2 read, the others known by their file stamps)'));
  });

  it("counts the vocabulary again only from the fragments that changed since the last build's index, unless the code that counts it changed", async () => {
    const cache = { folder: pathToFileURL(`${await mkdtemp(join(tmpdir(), 'pagefind-cache-'))}/`), pagefindVersion: '1.6.0', pageTextCode: 'code-1', vocabularyCode: 'words-1' };
    const vocabulary = async (dist: URL) => Object.entries(JSON.parse(await readFile(new URL('pagefind/vocabulary.json', dist), 'utf8')) as Record<string, number>);
    const dist = await makeDist(3);
    await mkdir(new URL('contact/', dist));
    await writeFile(new URL('contact/index.html', dist), '<main data-pagefind-body><p>Hope</p></main>');
    await buildSearchIndex(dist, logger, cache);
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringContaining('vocabulary (3 fragments read)'));
    expect(await vocabulary(dist)).toEqual([
      ['page', 3],
      ['home', 1],
      ['hope', 1],
      ['year', 1],
    ]);

    // One page edited: its old fragment is taken away and its new one added; the others are not read.
    await rm(new URL('pagefind/', dist), { recursive: true });
    await writeFile(new URL('about/index.html.new', dist), '<main data-pagefind-body><p>Hope and recovery</p></main>');
    await rename(new URL('about/index.html.new', dist), new URL('about/index.html', dist));
    await buildSearchIndex(dist, logger, cache);
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringContaining('vocabulary (2 fragments read)'));
    expect(await vocabulary(dist)).toEqual([
      ['page', 3],
      ['hope', 2],
      ['and', 1],
      ['home', 1],
      ['recovery', 1],
    ]);
    // Only the latest index stays in the cache, and the one it replaced is gone.
    expect(await readdir(new URL('pagefind/', cache.folder))).toHaveLength(1);
    expect(await readdir(cache.folder)).not.toContain('pagefind-stale');

    // New code for counting: every fragment is read, and a reused index gets its vocabulary counted again.
    await rm(new URL('pagefind/', dist), { recursive: true });
    await writeFile(new URL('index.html.new', dist), '<main data-pagefind-body><h1>Start</h1></main>');
    await rename(new URL('index.html.new', dist), new URL('index.html', dist));
    await buildSearchIndex(dist, logger, { ...cache, vocabularyCode: 'words-2' });
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringContaining('vocabulary (3 fragments read)'));
    await rm(new URL('pagefind/', dist), { recursive: true });
    await expect(buildSearchIndex(dist, logger, { ...cache, vocabularyCode: 'words-3' })).resolves.toMatchObject({ reused: true });
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringContaining('reused its index of 3 pages and counted its vocabulary again (3 fragments read)'));
    await rm(new URL('pagefind/', dist), { recursive: true });
    await buildSearchIndex(dist, logger, { ...cache, vocabularyCode: 'words-3' });
    expect(logger.info).toHaveBeenLastCalledWith(expect.not.stringContaining('vocabulary'));
    expect(await vocabulary(dist)).toEqual([
      ['page', 3],
      ['hope', 2],
      ['and', 1],
      ['recovery', 1],
      ['start', 1],
    ]);
  });
});
