import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'references', 'public', 'scripts'];

/** A throwaway copy of the project (sharing node_modules, with its own Astro cache) to build broken input in. */
export function copyProject(): string {
  const folder = mkdtempSync(join(tmpdir(), 'refocus-build-'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(folder, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'));
  // Builds in copies must not share (and race on) the project's content-layer cache in node_modules/.astro.
  const config = join(folder, 'astro.config.mjs');
  writeFileSync(config, readFileSync(config, 'utf8').replace('defineConfig({', "defineConfig({\n  cacheDir: './.astro-cache',"));
  return folder;
}

/** Runs the site build in a folder; returns its exit status and everything it printed. */
export function buildProject(folder: string): { status: number | null; output: string; distExists: boolean } {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(folder, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, distExists: existsSync(join(folder, 'dist')) };
}
