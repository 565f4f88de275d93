import { existsSync, readFileSync } from 'node:fs';

/** The part of Astro's incremental-build manifest (`incremental-build.json` in its cacheDir, version 1) that says which pages a build may reuse. */
export interface IncrementalManifest {
  version: number;
  configHash: string;
  lockfileHash: string;
  routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string; contentHashes?: Record<string, string> }> }>;
}

/** Reads Astro's incremental-build manifest; undefined when there is none yet. Throws naming the file when its format is not the one this module reads. */
export function readIncrementalManifest(file: string): IncrementalManifest | undefined {
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as IncrementalManifest;
  if (manifest.version !== 1 || typeof manifest.routes !== 'object') {
    throw new Error(
      `${file}: Astro's incremental-build manifest has version ${String(manifest.version)}; src/build/incremental-pages.ts reads version 1. Fix: update countReusedPages to the new format (see astro/dist/core/build/incremental.js).`,
    );
  }
  return manifest;
}

const sameHashes = (a: Record<string, string> = {}, b: Record<string, string> = {}) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * How many pages of a build were taken from the last build rather than rendered: those whose
 * route code (dependencyHash), cacheKey and rendered content entries are what the last build
 * recorded, under the same config and lockfile (Astro's own test for skipping a page).
 */
export function countReusedPages(previous: IncrementalManifest | undefined, next: IncrementalManifest): number {
  if (!previous || previous.configHash !== next.configHash || previous.lockfileHash !== next.lockfileHash) return 0;
  let reused = 0;
  for (const [component, route] of Object.entries(next.routes)) {
    const before = previous.routes[component];
    if (!before || before.dependencyHash !== route.dependencyHash) continue;
    for (const [pathname, entry] of Object.entries(route.paths)) {
      const old = before.paths[pathname];
      if (old && old.cacheKey === entry.cacheKey && sameHashes(old.contentHashes, entry.contentHashes)) reused += 1;
    }
  }
  return reused;
}
