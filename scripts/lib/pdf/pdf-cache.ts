/**
 * A cache of the manual's PDFs between builds. They depend only on the manual's pages and the files
 * those pages load, on the code that prints them and on the Chromium that prints them; when all of
 * these are byte-for-byte the same (the build is reproducible), the last build's PDFs are reused.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { digestOfInputs } from '../../../src/build/cache-key.ts';
import { filesAt, hashFiles } from '../../../src/build/hash-files.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CACHES = join(ROOT, 'node_modules/.cache/refocus-pdfs');
/** This project folder's own cache: throwaway copies of the project (bench, tests) share node_modules. */
const CACHE = join(CACHES, createHash('sha256').update(ROOT).digest('hex').slice(0, 12));
/** What the manual's pages are and load, under dist/; each must be there. */
const PAGE_INPUTS = ['manual', '_astro', 'scripts', 'favicon.svg'];

/** Shares a file (a hard link), or copies it where a link is impossible. */
function shareFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * A digest of everything the PDFs are made from: the printing code (the entry module `printer`, e.g.
 * scripts/build-pdfs.ts, followed through its imports, with the packages' versions), the Chromium
 * that prints, and the manual's pages with the files they load. Take it before the PDF build
 * changes dist/manual/index.html.
 */
export async function digestOfPdfInputs(dist: string, chromium: string, printer: string): Promise<string> {
  const hash = createHash('sha256').update(execFileSync(chromium, ['--version'], { encoding: 'utf8' }));
  hash.update(await digestOfInputs(ROOT, { modules: [printer] }));
  return hashFiles(
    hash,
    dist,
    filesAt(dist, PAGE_INPUTS).filter((file) => !file.endsWith('.pdf')),
  )
    .digest('hex')
    .slice(0, 32);
}

/** Puts a cached build's PDFs into dist/manual/ and returns their sizes; undefined when the cache has none for this digest. */
export function restorePdfs(digest: string, dist: string): Map<string, number> | undefined {
  const folder = join(CACHE, digest);
  if (!existsSync(join(folder, 'sizes.json'))) return undefined;
  const sizes = new Map(Object.entries(JSON.parse(readFileSync(join(folder, 'sizes.json'), 'utf8')) as Record<string, number>));
  for (const slug of sizes.keys()) shareFile(join(folder, `${slug}.pdf`), join(dist, 'manual', `${slug}.pdf`));
  return sizes;
}

/** Keeps this build's PDFs, and only these, for the next build; drops the caches of project copies that are gone. */
export function storePdfs(digest: string, dist: string, sizes: Map<string, number>): void {
  rmSync(CACHE, { recursive: true, force: true });
  for (const other of existsSync(CACHES) ? readdirSync(CACHES) : []) {
    const root = join(CACHES, other, 'root.txt');
    if (!existsSync(root) || !existsSync(readFileSync(root, 'utf8'))) rmSync(join(CACHES, other), { recursive: true, force: true });
  }
  const folder = join(CACHE, digest);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(CACHE, 'root.txt'), ROOT);
  for (const slug of sizes.keys()) shareFile(join(dist, 'manual', `${slug}.pdf`), join(folder, `${slug}.pdf`));
  writeFileSync(join(folder, 'sizes.json'), JSON.stringify(Object.fromEntries(sizes)));
}
