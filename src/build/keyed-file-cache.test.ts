import { existsSync } from 'node:fs';
import { link, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFileCache, updateFileCache, type FileGroup } from './keyed-file-cache.ts';

/** A group of two files whose text is its digest; counts how often it is made. */
function group(id: string, digest: string, made: string[]): FileGroup {
  const paths = [`out/${id}.a`, `out/${id}.b`];
  return { id, digest, paths, make: () => (made.push(id), paths.map((path) => ({ path, body: `${path} ${digest}` }))) };
}

describe('planFileCache', () => {
  it('reuses the groups whose digest and paths are unchanged, makes the others, and removes the files no group has any more', () => {
    const made: string[] = [];
    const previous = {
      version: 1 as const,
      groups: { a: { digest: '1', paths: ['out/a.a', 'out/a.b'] }, b: { digest: '1', paths: ['out/b.a', 'out/b.b'] }, gone: { digest: '1', paths: ['out/gone.a'] } },
    };
    const plan = planFileCache(previous, [group('a', '1', made), group('b', '2', made), group('c', '1', made)]);
    expect(plan.reuse.map((each) => each.id)).toEqual(['a']);
    expect(plan.make.map((each) => each.id)).toEqual(['b', 'c']);
    expect(plan.remove).toEqual(['out/gone.a']);
    expect(made).toEqual([]);
  });

  it('makes every group when there is no manifest', () => {
    const plan = planFileCache(undefined, [group('a', '1', [])]);
    expect(plan.make.map((each) => each.id)).toEqual(['a']);
    expect(plan.reuse).toEqual([]);
  });
});

describe('updateFileCache', () => {
  it('writes only the changed group on a second run, as new files, and removes the files of groups that are gone', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'keyed-file-cache-'));
    const made: string[] = [];
    const first = await updateFileCache(folder, [group('a', '1', made), group('b', '1', made), group('c', '1', made)]);
    expect(first).toMatchObject({ reused: 0, made: 6 });
    expect(made).toEqual(['a', 'b', 'c']);
    const before = await stat(join(folder, 'files/out/a.a'));
    // The last build's site shares the cached files (hard links).
    await link(join(folder, 'files/out/b.a'), join(folder, 'site-b.a'));

    made.length = 0;
    const second = await updateFileCache(folder, [group('a', '1', made), group('b', '2', made)]);
    expect(made).toEqual(['b']);
    expect(second).toEqual({ reused: 2, made: 2, paths: ['out/a.a', 'out/a.b', 'out/b.a', 'out/b.b'] });
    expect(await readFile(join(folder, 'files/out/b.a'), 'utf8')).toBe('out/b.a 2');
    expect((await stat(join(folder, 'files/out/a.a'))).ino).toBe(before.ino);
    // A changed file is a new file: the site linked to the old one keeps its text.
    expect(await readFile(join(folder, 'site-b.a'), 'utf8')).toBe('out/b.a 1');
    expect(existsSync(join(folder, 'files/out/c.a'))).toBe(false);

    made.length = 0;
    expect(await updateFileCache(folder, [group('a', '1', made), group('b', '2', made)])).toMatchObject({ reused: 4, made: 0 });
    expect(made).toEqual([]);
  });

  it('makes everything again when the manifest is gone, as after a build that stopped halfway', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'keyed-file-cache-'));
    const made: string[] = [];
    await updateFileCache(folder, [group('a', '1', made)]);
    await rm(join(folder, 'manifest.json'));
    made.length = 0;
    expect(await updateFileCache(folder, [group('a', '1', made)])).toMatchObject({ reused: 0, made: 2 });
    expect(made).toEqual(['a']);
    expect(existsSync(join(folder, 'manifest.json'))).toBe(true);
  });

  it('starts from an empty folder when the manifest is gone: files left by a build that stopped, or by an earlier layout, are not kept', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'keyed-file-cache-'));
    await updateFileCache(folder, [group('a', '1', []), group('left', '1', [])]);
    await rm(join(folder, 'manifest.json'));
    // A folder of the cache's earlier layout (one folder per digest of every input).
    await mkdir(join(folder, '0123abcd/files'), { recursive: true });
    await updateFileCache(folder, [group('a', '1', [])]);
    expect(existsSync(join(folder, 'files/out/left.a'))).toBe(false);
    expect(existsSync(join(folder, '0123abcd'))).toBe(false);
    expect(await readFile(join(folder, 'files/out/a.a'), 'utf8')).toBe('out/a.a 1');
  });
});
