import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesAt, hashFiles } from './hash-files.ts';

describe('filesAt and hashFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'hash-files-'));
  mkdirSync(join(root, 'lib/deep'), { recursive: true });
  writeFileSync(join(root, 'lib/b.ts'), 'b');
  writeFileSync(join(root, 'lib/deep/a.ts'), 'a');
  writeFileSync(join(root, 'site.ts'), 'site');
  const digest = () => hashFiles(createHash('sha256'), root, filesAt(root, ['lib', 'site.ts'])).digest('hex');

  it('lists the files of folders at any depth and single files, sorted', () => {
    expect(filesAt(root, ['site.ts', 'lib'])).toEqual([join(root, 'lib/b.ts'), join(root, 'lib/deep/a.ts'), join(root, 'site.ts')]);
  });

  it('fails naming the path when a listed path does not exist', () => {
    expect(() => filesAt(root, ['site.ts', 'missing.ts'])).toThrow(
      `cache key: ${join(root, 'missing.ts')} is listed as an input but not found. Fix: restore it, or update the list of inputs to its new path.`,
    );
  });

  it('gives another digest when a file changes, and the same one when nothing does', () => {
    const before = digest();
    expect(digest()).toBe(before);
    writeFileSync(join(root, 'lib/deep/a.ts'), 'a, changed');
    expect(digest()).not.toBe(before);
  });
});
