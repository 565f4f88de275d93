import { mkdtemp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkFiles, linkTree } from './link-tree.ts';

describe('linkTree', () => {
  it('recreates every folder and file, sharing the files rather than copying them', async () => {
    const root = await mkdtemp(join(tmpdir(), 'link-tree-'));
    await mkdir(join(root, 'from/fragment/deep'), { recursive: true });
    await mkdir(join(root, 'from/empty'));
    await writeFile(join(root, 'from/entry.json'), '{"a":1}');
    await writeFile(join(root, 'from/fragment/deep/page.pf'), 'bytes');
    await linkTree(join(root, 'from'), join(root, 'to'));
    expect(await readFile(join(root, 'to/entry.json'), 'utf8')).toBe('{"a":1}');
    expect(await readFile(join(root, 'to/fragment/deep/page.pf'), 'utf8')).toBe('bytes');
    expect((await stat(join(root, 'to/empty'))).isDirectory()).toBe(true);
    expect((await stat(join(root, 'to/entry.json'))).ino).toBe((await stat(join(root, 'from/entry.json'))).ino);
  });
});

describe('linkFiles', () => {
  it('links the files named, making their folders, and names a file the cache has lost', async () => {
    const root = await mkdtemp(join(tmpdir(), 'link-files-'));
    await mkdir(join(root, 'from/publications'), { recursive: true });
    await writeFile(join(root, 'from/publications/a.bib'), '@book{a}');
    await writeFile(join(root, 'from/publications/b.bib'), '@book{b}');
    await linkFiles(join(root, 'from'), join(root, 'to'), ['publications/a.bib']);
    expect(await readFile(join(root, 'to/publications/a.bib'), 'utf8')).toBe('@book{a}');
    expect((await stat(join(root, 'to/publications/a.bib'))).ino).toBe((await stat(join(root, 'from/publications/a.bib'))).ino);
    await expect(stat(join(root, 'to/publications/b.bib'))).rejects.toThrow();
    await expect(linkFiles(join(root, 'from'), join(root, 'to'), ['publications/lost.bib'])).rejects.toThrow(/from\/publications\/lost\.bib: a cached file is missing/);
  });
});
