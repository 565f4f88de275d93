import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/**
 * Recreates the folder `from` at `to` with hard links to its files, so that a cached build output
 * of ten thousand files is restored (or stored) in a fraction of a second instead of being copied.
 * Built files are never changed in place (a build replaces dist/ as a whole), so sharing them is
 * safe. Where a link is impossible (another file system), the file is copied. Returns how many
 * files it linked or copied.
 */
export async function linkTree(from: string, to: string): Promise<number> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const folders = [to, ...entries.filter((entry) => entry.isDirectory()).map((entry) => join(to, relative(from, join(entry.parentPath, entry.name))))];
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(from, join(entry.parentPath, entry.name)));
  await linkFiles(from, to, files, false);
  return files.length;
}

/**
 * Links the files at these paths (relative to both folders) from `from` into `to`, as linkTree
 * does, creating their folders unless `makeFolders` is false. A file that is not in `from` throws,
 * naming it: a cache that lost a file must not give a site without it.
 */
export async function linkFiles(from: string, to: string, paths: readonly string[], makeFolders = true): Promise<void> {
  if (makeFolders) for (const folder of new Set(paths.map((path) => dirname(join(to, path))))) await mkdir(folder, { recursive: true });
  for (let start = 0; start < paths.length; start += 64) {
    await Promise.all(
      paths.slice(start, start + 64).map(async (path) => {
        const [file, target] = [join(from, path), join(to, path)];
        try {
          await link(file, target);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') throw new Error(`${file}: a cached file is missing. Fix: delete the cache folder ${from} and build again.`, { cause: error });
          if (code !== 'EXDEV' && code !== 'EPERM') throw error;
          await copyFile(file, target);
        }
      }),
    );
  }
}
