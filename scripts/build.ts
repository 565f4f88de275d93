/**
 * Builds the whole site: Astro (pages, exports, search index), then the manual's PDFs. The build is
 * staged in a folder of its own and moved to dist/ only when every step has succeeded, so a failed
 * build never leaves a half-built site in dist/ looking like a good one.
 * `node scripts/build.ts [--outDir dist]` (npm run build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outIndex = process.argv.indexOf('--outDir');
const target = resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? 'dist') : 'dist');
const staging = `${target}.staging`;

function step(label: string, command: string, args: string[]): void {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    rmSync(target, { recursive: true, force: true });
    console.error(`\nThe build failed at "${label}" (see the messages above). Nothing was published: ${target} has been removed so that no stale or partial site is taken for this build.`);
    process.exit(result.status ?? 1);
  }
  console.log(`[build] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

rmSync(staging, { recursive: true, force: true });
step('Astro build', 'astro', ['build', '--outDir', staging]);
step('manual PDFs', process.execPath, ['scripts/build-pdfs.ts', staging]);
if (existsSync(target)) rmSync(target, { recursive: true, force: true });
renameSync(staging, target);
console.log(`[build] published to ${target}`);
