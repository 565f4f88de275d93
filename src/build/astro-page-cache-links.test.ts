import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { linkAstroPageCache, pageCacheLinks, whenPagesStart } from './astro-page-cache-links.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('linkAstroPageCache', () => {
  it("makes Astro's incremental cache store and restore a page as a hard link to the written page, with the same bytes", async () => {
    await linkAstroPageCache(ROOT);
    const { IncrementalBuildCache } = (await import(pathToFileURL(join(ROOT, 'node_modules/astro/dist/core/build/incremental.js')).href)) as {
      IncrementalBuildCache: new (...args: string[]) => {
        writeOutputFile(settings: object, outputFile: string, body: string): Promise<void>;
        restoreOutputFile(settings: object, outputFile: string, destination: URL): Promise<boolean>;
      };
    };
    const folder = await mkdtemp(join(tmpdir(), 'astro-page-cache-'));
    const settings = { config: { outDir: pathToFileURL(`${folder}/out/`), cacheDir: pathToFileURL(`${folder}/cache/`) } };
    const cache = new IncrementalBuildCache('config', 'lockfile', 'key');
    const stored = pageCacheLinks.stored;
    // Who waits for the first page is told once, when the first page is stored.
    const firstPage = vi.fn();
    whenPagesStart(firstPage);
    // Astro writes the page into the site, then hands the same bytes to the cache.
    await mkdir(join(folder, 'out/publications/a'), { recursive: true });
    await writeFile(join(folder, 'out/publications/a/index.html'), '<p>A</p>');
    expect(firstPage).not.toHaveBeenCalled();
    await cache.writeOutputFile(settings, 'publications/a/index.html', '<p>A</p>');
    expect(firstPage).toHaveBeenCalledOnce();
    const cached = join(folder, 'cache/dist/publications/a/index.html');
    expect(await readFile(cached, 'utf8')).toBe('<p>A</p>');
    expect((await stat(cached)).ino).toBe((await stat(join(folder, 'out/publications/a/index.html'))).ino);
    expect(pageCacheLinks.stored).toBe(stored + 1);

    // The next build restores it into a new site; its first restored page tells who waits then.
    const firstRestored = vi.fn();
    whenPagesStart(firstRestored);
    const next = pathToFileURL(`${folder}/next/publications/a/index.html`);
    expect(await cache.restoreOutputFile(settings, 'publications/a/index.html', next)).toBe(true);
    expect(firstRestored).toHaveBeenCalledOnce();
    expect(firstPage).toHaveBeenCalledOnce();
    expect((await stat(next)).ino).toBe((await stat(cached)).ino);
    expect(await cache.restoreOutputFile(settings, 'publications/missing/index.html', pathToFileURL(`${folder}/next/missing.html`))).toBe(false);

    // A page rendered again replaces its cached copy, without changing the copy an earlier site holds.
    await mkdir(join(folder, 'third/publications/a'), { recursive: true });
    await writeFile(join(folder, 'third/publications/a/index.html'), '<p>A, edited</p>');
    const third = { config: { ...settings.config, outDir: pathToFileURL(`${folder}/third/`) } };
    await cache.writeOutputFile(third, 'publications/a/index.html', '<p>A, edited</p>');
    expect(await readFile(cached, 'utf8')).toBe('<p>A, edited</p>');
    expect(await readFile(next, 'utf8')).toBe('<p>A</p>');
    // And a restore over a file already there replaces it.
    expect(await cache.restoreOutputFile(settings, 'publications/a/index.html', next)).toBe(true);
    expect(await readFile(next, 'utf8')).toBe('<p>A, edited</p>');
  });
});
