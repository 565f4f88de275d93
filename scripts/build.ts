/**
 * Builds the whole site: Astro (pages, exports, search index), then the manual's PDFs. The build is
 * staged in a folder of its own and moved to dist/ only when every step has succeeded, so a failed
 * build never leaves a half-built site in dist/ looking like a good one.
 * `node scripts/build.ts [--outDir dist]` (npm run build).
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';

const outIndex = process.argv.indexOf('--outDir');
const target = resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? 'dist') : 'dist');
const staging = `${target}.staging`;
const previous = `${target}.previous`;

function fail(label: string, status: number | null): never {
  rmSync(staging, { recursive: true, force: true });
  rmSync(target, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  console.error(`\nThe build failed at "${label}" (see the messages above). Nothing was published: ${target} has been removed so that no stale or partial site is taken for this build.`);
  process.exit(status ?? 1);
}

function step(label: string, command: string, args: string[]): Promise<void> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.once('error', () => fail(label, 1));
    child.once('exit', (status) => {
      if (status !== 0) fail(label, status);
      console.log(`[build] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      done();
    });
  });
}

rmSync(staging, { recursive: true, force: true });
rmSync(previous, { recursive: true, force: true });
// The last build's files are set aside and deleted while Astro works (deleting tens of thousands of
// files takes seconds); the last build is gone either way once this build starts, as a failed build
// publishes nothing.
if (existsSync(target)) renameSync(target, previous);
const removingPrevious = rm(previous, { recursive: true, force: true });
await step('Astro build', 'astro', ['build', '--outDir', staging]);
await step('manual PDFs', process.execPath, ['scripts/build-pdfs.ts', staging]);
await removingPrevious;
renameSync(staging, target);
console.log(`[build] published to ${target}`);
