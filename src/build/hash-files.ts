import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file at these paths under `root` (a file, or a folder's files at any depth), sorted; paths that do not exist are skipped. */
export function filesAt(root: string, paths: string[]): string[] {
  return paths
    .map((path) => join(root, path))
    .filter((path) => existsSync(path))
    .flatMap((path) => (statSync(path).isDirectory() ? readdirSync(path, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)) : [path]))
    .sort();
}

/** Adds each file's path (relative to `root`) and bytes to a cache key's hash. */
export function hashFiles(hash: Hash, root: string, files: string[]): Hash {
  for (const file of files) hash.update(`${relative(root, file)}\u0000`).update(readFileSync(file)).update('\u0000');
  return hash;
}
