import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

interface PackageJson {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** The folder Node would load `name` from when imported by code in the folder `from`, or undefined. */
function findPackage(from: string, name: string): string | undefined {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * The installed version of each imported package (by name, with the file importing it, relative
 * to `root`) and of everything it depends on, found where Node finds them (the nearest
 * node_modules up from the importer), keyed by folder relative to `root` (e.g.
 * `node_modules/pdf-lib` → `1.17.1`). A package that is imported, or a required dependency, that
 * is not installed throws, naming it: a cache key must never quietly leave a package out.
 */
export function installedVersions(root: string, imported: Record<string, string>): Record<string, string> {
  const versions = new Map<string, string>();
  const pending = Object.entries(imported).map(([name, importer]) => ({
    name,
    from: dirname(resolve(root, importer)),
    by: relative(root, resolve(root, importer)),
    optional: false,
  }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    const folder = findPackage(next.from, next.name);
    if (!folder) {
      if (next.optional) continue;
      throw new Error(`cache key: the package "${next.name}" (needed by ${next.by}) is not installed in any node_modules folder above ${next.from}. Fix: run npm install.`);
    }
    const key = relative(root, folder);
    if (versions.has(key)) continue;
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageJson;
    if (!manifest.version) throw new Error(`cache key: ${join(key, 'package.json')} has no "version". Fix: reinstall the package (npm install).`);
    versions.set(key, manifest.version);
    // npm lists an optional dependency (often one per platform) in both fields; only one is installed.
    const optional = new Set(Object.keys(manifest.optionalDependencies ?? {}));
    for (const dependency of new Set([...Object.keys(manifest.dependencies ?? {}), ...optional]))
      pending.push({ name: dependency, from: folder, by: key, optional: optional.has(dependency) });
  }
  return Object.fromEntries([...versions].sort(([a], [b]) => a.localeCompare(b)));
}
