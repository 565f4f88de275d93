/**
 * Builds the whole site: Astro (pages, exports, search index) and the manual's PDFs, which are
 * printed as soon as Astro says the pages are final (src/build/pages-ready.ts), while it makes the
 * search index. The build is
 * staged in a folder of its own and moved to dist/ only when every step has succeeded, so a failed
 * build never leaves a half-built site in dist/ looking like a good one. A successful build writes
 * its report beside the output, dist.report.json (phases, timings, peak memory, counts, cache reuse:
 * src/build/build-report.ts; docs/build.md); a failed one leaves none.
 * `node scripts/build.ts [--outDir dist] [--production]` (npm run build; `npm run build -- --production`).
 * --production (or SITE_ENV=production) refuses to start unless the site's address and contact are
 * configured (content/site.yaml, SITE_URL, BASE_PATH: docs/deploying.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkBuildReport, reportPathFor, secondsBetween, writeBuildReport, type BuildStep } from '../src/build/build-report.ts';
import { isPagesReady } from '../src/build/pages-ready.ts';
import { PHASES_FILE_VARIABLE, readRecordedPhases } from '../src/build/record-phase.ts';

const outIndex = process.argv.indexOf('--outDir');
const target = resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? 'dist') : 'dist');
const staging = `${target}.staging`;
const previous = `${target}.previous`;
const reportPath = reportPathFor(target);
const phasesFolder = mkdtempSync(join(tmpdir(), 'refocus-build-phases-'));
const phasesFile = join(phasesFolder, 'phases.jsonl');
const steps: BuildStep[] = [];
/** The steps still running: a failed step stops the others before the staging folder is removed. */
const running = new Set<ChildProcess>();

function fail(label: string, status: number | null): never {
  for (const child of running) child.kill('SIGTERM');
  rmSync(staging, { recursive: true, force: true });
  rmSync(target, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  rmSync(phasesFolder, { recursive: true, force: true });
  console.error(
    `\nThe build failed at "${label}" (see the messages above). Nothing was published: ${target} has been removed so that no stale or partial site is taken for this build.`,
  );
  process.exit(status ?? 1);
}

/**
 * Runs one step as a child process; a step that fails ends the build. `onMessage` receives what
 * the child sends over its IPC channel (the Astro step's "pages ready").
 */
function step(name: BuildStep['name'], label: string, command: string, args: string[], onMessage?: (message: unknown) => void): Promise<void> {
  const startedAt = new Date();
  return new Promise((done) => {
    const child = spawn(command, args, {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [PHASES_FILE_VARIABLE]: phasesFile },
    });
    running.add(child);
    if (onMessage) child.on('message', onMessage);
    child.once('error', () => fail(label, 1));
    child.once('exit', (status) => {
      running.delete(child);
      if (status !== 0) fail(label, status);
      const endedAt = new Date();
      steps.push({ name, startedAt: startedAt.toISOString(), endedAt: endedAt.toISOString(), seconds: secondsBetween(startedAt, endedAt) });
      console.log(`[build] ${label}: ${secondsBetween(startedAt, endedAt).toFixed(1)} s`);
      done();
    });
  });
}

if (process.argv.includes('--production')) process.env.SITE_ENV = 'production';
try {
  const { readSiteIdentity, describeSiteAddress } = await import('../src/queries/site.ts');
  console.log(describeSiteAddress(readSiteIdentity()));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error('\nThe build did not start; the last build (if any) is left as it was.');
  process.exit(1);
}

const startedAt = new Date();
rmSync(staging, { recursive: true, force: true });
rmSync(previous, { recursive: true, force: true });
// The last build's report goes with the last build: no report may outlive the site it describes.
rmSync(reportPath, { force: true });
// The last build's files are set aside and deleted while Astro works (deleting tens of thousands of
// files takes seconds); the last build is gone either way once this build starts, as a failed build
// publishes nothing.
if (existsSync(target)) renameSync(target, previous);
const removingPrevious = rm(previous, { recursive: true, force: true });
let printing: Promise<void> | undefined;
const printPdfs = () => (printing ??= step('pdfs', 'manual PDFs', process.execPath, ['scripts/build-pdfs.ts', staging]));
await step('astro', 'Astro build', 'astro', ['build', '--outDir', staging], (message) => {
  if (isPagesReady(message)) void printPdfs();
});
// An Astro build that never said its pages were ready (an integration left out) still gets its PDFs, after it.
await printPdfs();
await removingPrevious;
const endedAt = new Date();
const report = {
  version: 1 as const,
  outDir: target,
  startedAt: startedAt.toISOString(),
  endedAt: endedAt.toISOString(),
  seconds: secondsBetween(startedAt, endedAt),
  steps,
  phases: readRecordedPhases(phasesFile),
};
try {
  checkBuildReport(report, reportPath);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  fail('build report', 1);
}
renameSync(staging, target);
writeBuildReport(reportPath, report);
rmSync(phasesFolder, { recursive: true, force: true });
console.log(`[build] published to ${target}; report in ${reportPath}`);
