import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A file to keep: its path inside the cache (and inside the built site) and its text. */
export interface CachedFile {
  path: string;
  body: string;
}

/**
 * Files made together from one input (one publication's export files, from its record): kept while
 * the group's digest is the one recorded last time, made again when it differs. `paths` is known
 * without making the files; `make` is called only for a group made afresh.
 */
export interface FileGroup {
  id: string;
  /** A digest of everything the group's files are made from (its input and the code that writes it). */
  digest: string;
  paths: string[];
  make(): CachedFile[];
}

/** What the cache holds, per group: the digest its files were made from, and their paths. */
export interface FileCacheManifest {
  version: 1;
  groups: Record<string, { digest: string; paths: string[] }>;
}

/** What a build does with the cache: the groups it reuses, those it makes again, and the files no group of this build owns any more. */
export interface FileCachePlan {
  reuse: FileGroup[];
  make: FileGroup[];
  remove: string[];
}

/**
 * Decides, group by group, what can be reused: a group whose digest and paths are those recorded
 * last time keeps its files; every other group is made again; files recorded last time that no
 * group of this build has are removed. Without a manifest (first build, or a build that stopped
 * while changing the cache), every group is made.
 */
export function planFileCache(previous: FileCacheManifest | undefined, groups: readonly FileGroup[]): FileCachePlan {
  const reuse: FileGroup[] = [];
  const make: FileGroup[] = [];
  for (const group of groups) {
    const before = previous?.groups[group.id];
    if (before && before.digest === group.digest && before.paths.join('\u0000') === group.paths.join('\u0000')) reuse.push(group);
    else make.push(group);
  }
  const kept = new Set(groups.flatMap((group) => group.paths));
  const remove = Object.values(previous?.groups ?? {})
    .flatMap((group) => group.paths)
    .filter((path) => !kept.has(path));
  return { reuse, make, remove };
}

const MANIFEST = 'manifest.json';

/** The cache's manifest; undefined when there is none or it is not one this code wrote (the cache is then made afresh). */
async function readManifest(folder: string): Promise<FileCacheManifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(folder, MANIFEST), 'utf8')) as FileCacheManifest;
    return manifest.version === 1 && typeof manifest.groups === 'object' ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `work` over `items`, a few hundred at a time: fast, and well under any open-file limit. */
async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<unknown>, size = 256): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(work));
}

/**
 * Brings a folder of cached files (`<folder>/files/`) up to date with this build's groups: makes
 * and writes only the groups whose digest changed, removes the files of groups that are gone, and
 * records the digests in `<folder>/manifest.json`. The manifest is removed before any file changes
 * and written again only once all are written, so a build that stops halfway leaves a cache that
 * the next build makes afresh, never one that claims files it does not hold. A changed file is
 * removed and written as a new file rather than overwritten, since the last build's site may share
 * it (hard links). Returns how many files were reused and made, and every file path of this build.
 */
export async function updateFileCache(folder: string, groups: readonly FileGroup[]): Promise<{ reused: number; made: number; paths: string[] }> {
  const manifest = await readManifest(folder);
  const plan = planFileCache(manifest, groups);
  const files = join(folder, 'files');
  if (plan.make.length > 0 || plan.remove.length > 0 || !manifest) {
    await rm(join(folder, MANIFEST), { force: true });
    // Without a manifest nothing in the folder can be trusted (files of a build that stopped, or a
    // cache of another layout): it starts empty, and no file needs removing before it is written.
    if (!manifest) for (const name of existsSync(folder) ? await readdir(folder) : []) await rm(join(folder, name), { recursive: true, force: true });
    await inBatches(plan.remove, (path) => rm(join(files, path), { force: true }));
    const folders = new Set<string>();
    // Made and written a few hundred groups at a time, so that the files' text is never all in memory at once.
    for (let start = 0; start < plan.make.length; start += 256) {
      const made = plan.make.slice(start, start + 256).flatMap((group) => group.make());
      for (const each of new Set(made.map((file) => dirname(join(files, file.path))))) {
        if (!folders.has(each)) await mkdir(each, { recursive: true });
        folders.add(each);
      }
      await inBatches(made, async (file) => {
        const path = join(files, file.path);
        if (manifest) await rm(path, { force: true });
        await writeFile(path, file.body);
      });
    }
    const next: FileCacheManifest = { version: 1, groups: Object.fromEntries(groups.map((group) => [group.id, { digest: group.digest, paths: group.paths }])) };
    await writeFile(join(folder, `${MANIFEST}.new`), JSON.stringify(next));
    await rename(join(folder, `${MANIFEST}.new`), join(folder, MANIFEST));
  }
  const count = (list: FileGroup[]) => list.reduce((sum, group) => sum + group.paths.length, 0);
  return { reused: count(plan.reuse), made: count(plan.make), paths: groups.flatMap((group) => group.paths) };
}
