import { existsSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { isAbsolute, join, relative } from 'node:path';
import { build, type Message } from 'esbuild';

/** What a set of entry modules runs: the project's own files and the packages they import. */
export interface ModuleGraph {
  /** Every project file reached through static and dynamic imports, relative to the root, sorted. */
  files: string[];
  /** Every package those files import (not Node's built-in modules), by name, sorted, with the first file (relative to the root) that imports it: Node looks for it from there. */
  packages: Record<string, string>;
}

/** The package a bare import names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

function describe(message: Message): string {
  const where = message.location ? `${message.location.file}:${message.location.line}: ` : '';
  return `  - ${where}${message.text}`;
}

/**
 * Follows the imports of the entry modules (paths relative to `root`, or absolute) the way the
 * bundler does, without writing anything: esbuild resolves each import and records it in its
 * metafile. Type-only imports are left out (they never run). An entry or an import that does not
 * resolve throws, naming the file and line, so a renamed module can never drop out of a cache key.
 */
export async function readModuleGraph(root: string, entries: string[]): Promise<ModuleGraph> {
  const missing = entries.filter((entry) => !existsSync(isAbsolute(entry) ? entry : join(root, entry)));
  if (missing.length > 0) throw new Error(`cache key: the entry module ${missing.join(', ')} does not exist. Fix: point the cache key at the module's new path.`);
  let metafile;
  try {
    ({ metafile } = await build({
      absWorkingDir: root,
      entryPoints: entries,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      outdir: join(root, '.module-graph'),
      packages: 'external',
      // Astro's virtual modules (astro:content) are provided by Astro at build time.
      external: ['astro:*'],
      logLevel: 'silent',
    }));
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    if (!errors) throw error;
    throw new Error(
      `cache key: cannot follow the imports of ${entries.map((entry) => relative(root, join(root, entry))).join(', ')}:\n${errors.map(describe).join('\n')}\nFix: correct the import (a module was moved or renamed?).`,
      { cause: error },
    );
  }
  const files = Object.keys(metafile.inputs).sort();
  const external = files.flatMap((file) =>
    (metafile.inputs[file]?.imports ?? [])
      .filter((each) => each.external && !isBuiltin(each.path) && !each.path.startsWith('astro:'))
      .map((each) => [packageOf(each.path), file] as const),
  );
  const packages: Record<string, string> = {};
  for (const [name, file] of external.sort(([a], [b]) => a.localeCompare(b))) packages[name] ??= file;
  return { files, packages };
}
