import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of Astro's settings the incremental cache's file methods read. */
interface CacheSettings {
  config: { outDir: URL; cacheDir: URL };
}

/** The methods of Astro's IncrementalBuildCache (astro/dist/core/build/incremental.js, Astro 7) that write and restore a page's cached copy. */
interface PageCacheMethods {
  writeOutputFile(settings: CacheSettings, outputFile: string, body: string | Uint8Array): Promise<void>;
  restoreOutputFile(settings: CacheSettings, outputFile: string, destination: URL): Promise<boolean>;
}

/** The module of Astro that holds the incremental build's cache, and the line that says where it keeps the pages. */
const CACHE_MODULE = 'dist/core/build/incremental.js';
const CACHE_LAYOUT = 'const INCREMENTAL_OUTPUT_DIR = "dist/";';

/** How many pages were linked rather than written or copied, since the build started. */
export const pageCacheLinks = { stored: 0, restored: 0, copied: 0 };

/** What waits for the first page Astro stores in or restores from its cache (whenPagesStart). */
let pagesStartListeners: (() => void)[] = [];

/**
 * Calls `listener` once, when Astro next stores a page in its incremental-build cache or restores
 * one from it. Astro collects every route's paths (each getStaticPaths, with the content store
 * loaded) before it renders any page, so by then the Astro process is past that step and Vite's
 * bundling, its two peaks of memory. Without the incremental build (or with linkAstroPageCache not
 * called) the listener is never called.
 */
export function whenPagesStart(listener: () => void): void {
  pagesStartListeners.push(listener);
}

function pagesStarted(): void {
  if (pagesStartListeners.length === 0) return;
  const listeners = pagesStartListeners;
  pagesStartListeners = [];
  for (const listener of listeners) listener();
}

/**
 * Links `from` at `to` (replacing `to`); copies where a link is impossible (another file system).
 * Returns whether it linked, or undefined when `from` does not exist. Tries the link first and
 * looks only when it fails: at 10,000 pages, a check before each link cost about a second.
 */
async function linkOrCopy(from: string, to: string): Promise<boolean | undefined> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !existsSync(from)) return undefined;
    if (code === 'EEXIST') {
      await rm(to, { force: true });
      return linkOrCopy(from, to);
    }
    if (code !== 'EXDEV' && code !== 'EPERM') throw error;
    await copyFile(from, to);
    return false;
  }
}

/**
 * Makes Astro's incremental build link each page between the site and its cache instead of
 * writing it twice. Astro 7 writes every rendered page twice, once into the output folder and once
 * into `<cacheDir>/dist/` (IncrementalBuildCache.writeOutputFile), and restores a reused page by
 * copying it back (restoreOutputFile): at 10,000 publications, ten thousand extra file writes on a
 * cold build and ten thousand copies on a rebuild. Astro offers no option for this, so the two
 * methods are replaced on its class: the cached copy becomes a hard link to the page just written,
 * and a restored page a hard link to the cached copy. The bytes are the same; a page is never
 * changed in place after it is written (src/integrations/base-path.ts replaces the file), so sharing
 * it is safe, as with the other caches (docs/build.md).
 *
 * Hand-written because Astro has no public hook for it. It checks the module it changes, by its
 * path and by the line that sets the cache's layout, and throws naming both when Astro has changed,
 * rather than silently writing pages where Astro would not find them.
 */
export async function linkAstroPageCache(root: string): Promise<void> {
  const astroFolder = dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json'));
  const modulePath = join(astroFolder, CACHE_MODULE);
  if (!existsSync(modulePath) || !readFileSync(modulePath, 'utf8').includes(CACHE_LAYOUT)) {
    throw new Error(
      `${modulePath}: Astro's incremental-build cache is not where, or not laid out as, src/build/astro-page-cache-links.ts expects ("${CACHE_LAYOUT}"). Fix: update that module to the installed Astro, or remove linkAstroPageCache from src/integrations/build-report.ts (pages are then written twice).`,
    );
  }
  const { IncrementalBuildCache } = (await import(pathToFileURL(modulePath).href)) as { IncrementalBuildCache?: { prototype: PageCacheMethods } };
  const methods = IncrementalBuildCache?.prototype;
  if (typeof methods?.writeOutputFile !== 'function' || typeof methods.restoreOutputFile !== 'function') {
    throw new Error(
      `${modulePath}: IncrementalBuildCache no longer has writeOutputFile and restoreOutputFile. Fix: update src/build/astro-page-cache-links.ts to the installed Astro, or remove linkAstroPageCache from src/integrations/build-report.ts.`,
    );
  }
  const cachedFile = (settings: CacheSettings, outputFile: string) => fileURLToPath(new URL(outputFile, new URL('dist/', settings.config.cacheDir)));
  methods.writeOutputFile = async (settings, outputFile, body) => {
    pagesStarted();
    const page = fileURLToPath(new URL(outputFile, settings.config.outDir));
    if (!existsSync(page)) {
      // Not a page Astro has just written: keep its own behaviour.
      await mkdir(dirname(cachedFile(settings, outputFile)), { recursive: true });
      await writeFile(cachedFile(settings, outputFile), body);
      return;
    }
    const linked = await linkOrCopy(page, cachedFile(settings, outputFile));
    if (linked === undefined) throw new Error(`${page}: the page Astro has just written is gone before it could be cached. Fix: build again.`);
    if (linked) pageCacheLinks.stored += 1;
    else pageCacheLinks.copied += 1;
  };
  methods.restoreOutputFile = async (settings, outputFile, destination) => {
    pagesStarted();
    const linked = await linkOrCopy(cachedFile(settings, outputFile), fileURLToPath(destination));
    if (linked === undefined) return false;
    if (linked) pageCacheLinks.restored += 1;
    else pageCacheLinks.copied += 1;
    return true;
  };
}
