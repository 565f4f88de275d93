import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file at these paths under `root` (a file, or a folder's files at any depth), sorted. A path
 * that does not exist throws, naming it: a cache key that silently lost an input would go stale.
 */
export function filesAt(root: string, paths: string[]): string[] {
  const missing = paths.filter((path) => !existsSync(join(root, path)));
  if (missing.length > 0) {
    throw new Error(
      `cache key: ${missing.map((path) => join(root, path)).join(', ')} ${missing.length === 1 ? 'is' : 'are'} listed as an input but not found. Fix: restore it, or update the list of inputs to its new path.`,
    );
  }
  return paths
    .map((path) => join(root, path))
    .flatMap((path) =>
      statSync(path).isDirectory()
        ? readdirSync(path, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => join(entry.parentPath, entry.name))
        : [path],
    )
    .sort();
}

/** Adds each file's path (relative to `root`) and bytes to a cache key's hash. */
export function hashFiles(hash: Hash, root: string, files: string[]): Hash {
  for (const file of files)
    hash
      .update(`${relative(root, file)}\u0000`)
      .update(readFileSync(file))
      .update('\u0000');
  return hash;
}
