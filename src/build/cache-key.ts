import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { filesAt, hashFiles } from './hash-files.ts';
import { installedVersions } from './installed-packages.ts';
import { readModuleGraph } from './module-graph.ts';

/** What a cache's contents are made from, besides the data it is keyed on. */
export interface CacheInputs {
  /** Entry modules (relative to the root, or absolute) whose imports are followed to the end: every project file they run and every package they import (with its dependencies' versions) is covered. */
  modules?: string[];
  /** Files or folders listed by hand (data, not code); each must exist. */
  files?: string[];
  /** Anything else the contents depend on (a format version, a tool's version string). */
  values?: string[];
}

/** The files and package versions a cache key covers, for a key and for people checking one. */
export interface ResolvedInputs {
  /** Every file whose bytes go into the key, relative to the root, sorted. */
  files: string[];
  /** Installed version of every package the modules import, and of their dependencies, by folder. */
  packages: Record<string, string>;
}

/** Finds everything the inputs stand for; throws naming the path when a listed file, an entry module or an import is missing. */
export async function resolveInputs(root: string, inputs: CacheInputs): Promise<ResolvedInputs> {
  const graph = inputs.modules?.length ? await readModuleGraph(root, inputs.modules) : { files: [], packages: {} };
  const listed = filesAt(root, inputs.files ?? []).map((file) => relative(root, file));
  return { files: [...new Set([...graph.files, ...listed])].sort(), packages: installedVersions(root, graph.packages) };
}

/**
 * A digest (32 hex digits) of everything a cache's contents are made from: the bytes of every
 * file the modules run and of every listed file, the installed package versions, and the values.
 * Derived from the imports the code actually makes, it changes when a module is edited, added or
 * moved, and it fails (naming the path) rather than leave out an input that has gone missing.
 */
export async function digestOfInputs(root: string, inputs: CacheInputs): Promise<string> {
  const { files, packages } = await resolveInputs(root, inputs);
  const hash = createHash('sha256');
  for (const value of inputs.values ?? []) hash.update(`${value}\u0000`);
  hash.update(`${JSON.stringify(packages)}\u0000`);
  return hashFiles(
    hash,
    root,
    files.map((file) => join(root, file)),
  )
    .digest('hex')
    .slice(0, 32);
}
