import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

interface PackageJson {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** The folder Node would load `name` from when imported by code in `from`, or undefined. */
function findPackage(root: string, from: string, name: string): string | undefined {
  for (let folder = from; folder.startsWith(root); folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (folder === root) break;
  }
  return undefined;
}

/**
 * The installed version of each named package and of everything it depends on, found where Node
 * finds them (nested node_modules first), keyed by folder relative to `root` (e.g.
 * `node_modules/pdf-lib` → `1.17.1`). A package that is imported, or a required dependency, that
 * is not installed throws, naming it: a cache key must never quietly leave a package out.
 */
export function installedVersions(projectRoot: string, names: string[]): Record<string, string> {
  // Without a trailing slash, so that walking up from a package folder reaches the root itself.
  const root = resolve(projectRoot);
  const versions = new Map<string, string>();
  const pending = names.map((name) => ({ name, from: root, by: 'the project', optional: false }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    const folder = findPackage(root, next.from, next.name);
    if (!folder) {
      if (next.optional) continue;
      throw new Error(`cache key: the package "${next.name}" (needed by ${next.by}) is not installed under ${join(root, 'node_modules')}. Fix: run npm install.`);
    }
    const key = relative(root, folder);
    if (versions.has(key)) continue;
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageJson;
    if (!manifest.version) throw new Error(`cache key: ${join(key, 'package.json')} has no "version". Fix: reinstall the package (npm install).`);
    versions.set(key, manifest.version);
    // npm lists an optional dependency (often one per platform) in both fields; only one is installed.
    const optional = new Set(Object.keys(manifest.optionalDependencies ?? {}));
    for (const dependency of new Set([...Object.keys(manifest.dependencies ?? {}), ...optional])) pending.push({ name: dependency, from: folder, by: key, optional: optional.has(dependency) });
  }
  return Object.fromEntries([...versions].sort(([a], [b]) => a.localeCompare(b)));
}
