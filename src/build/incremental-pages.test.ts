import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countReusedPages, readIncrementalManifest, type IncrementalManifest } from './incremental-pages.ts';

const PAGE = 'src/pages/publications/[key]/index.astro';

function manifest(change: Partial<IncrementalManifest> = {}, keyOfB = 'kb', dependencyHash = 'code1'): IncrementalManifest {
  return {
    version: 1,
    configHash: 'config',
    lockfileHash: 'lock',
    routes: { [PAGE]: { dependencyHash, paths: { '/publications/a/': { cacheKey: 'ka', contentHashes: { 'manual/one': 'h1' } }, '/publications/b/': { cacheKey: keyOfB } } } },
    ...change,
  };
}

describe('countReusedPages', () => {
  it('counts the pages whose code, cacheKey and content are what the last build recorded', () => {
    expect(countReusedPages(manifest(), manifest())).toBe(2);
    expect(countReusedPages(manifest(), manifest({}, 'kb2'))).toBe(1);
  });

  it('counts none on a first build, or when the page code, the config or the lockfile changed', () => {
    expect(countReusedPages(undefined, manifest())).toBe(0);
    expect(countReusedPages(manifest(), manifest({}, 'kb', 'code2'))).toBe(0);
    expect(countReusedPages(manifest(), manifest({ configHash: 'other' }))).toBe(0);
    expect(countReusedPages(manifest(), manifest({ lockfileHash: 'other' }))).toBe(0);
  });
});

describe('readIncrementalManifest', () => {
  const folder = mkdtempSync(join(tmpdir(), 'incremental-'));

  it('reads a manifest, and gives undefined when there is none yet', () => {
    writeFileSync(join(folder, 'ok.json'), JSON.stringify(manifest()));
    expect(readIncrementalManifest(join(folder, 'ok.json'))).toEqual(manifest());
    expect(readIncrementalManifest(join(folder, 'none.json'))).toBeUndefined();
  });

  it('fails naming the file when Astro changed the format', () => {
    writeFileSync(join(folder, 'v2.json'), JSON.stringify({ ...manifest(), version: 2 }));
    expect(() => readIncrementalManifest(join(folder, 'v2.json'))).toThrow(
      `${join(folder, 'v2.json')}: Astro's incremental-build manifest has version 2; src/build/incremental-pages.ts reads version 1.`,
    );
  });
});
