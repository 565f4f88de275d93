/**
 * Builds the site twice from this commit, into two temporary folders, with the real build
 * (scripts/build.ts: Astro, then the PDFs) and compares every file by SHA-256. The two builds differ
 * in what must not matter: the first starts without the build's caches, as a fresh clone does,
 * in UTC and en-GB; the second reuses the cache, in UTC+14 and de-DE. Lists every file that is not
 * identical and exits 1, unless the file is one of REPRODUCIBILITY_EXCEPTIONS.
 * `node scripts/check-reproducible.ts` (npm run test:reproducible); about a minute on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compareBuilds, formatDifference, judgeDifferences, type ReproducibilityException } from './lib/checks/compare-builds.ts';
import { listFiles } from './lib/list-files.ts';

/**
 * Files allowed to differ between two builds of one commit, each with why it cannot be made
 * identical. None: every file of the build is byte-for-byte the same (the PDFs too, since
 * build-pdfs.ts dates them from the manual's edition and pdf-lib writes no document ID).
 */
const REPRODUCIBILITY_EXCEPTIONS: ReproducibilityException[] = [];

/** The build's caches: Astro's (content layer, Pagefind index) and the manual's PDFs. */
const BUILD_CACHES = ['node_modules/.astro', 'node_modules/.cache/refocus-pdfs'];

const BUILDS = [
  { name: 'first', coldCache: true, env: { TZ: 'UTC', LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' } },
  { name: 'second', coldCache: false, env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } },
];

function hashFiles(folder: string): Map<string, string> {
  return new Map(
    listFiles(folder).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(folder, file)))
        .digest('hex'),
    ]),
  );
}

const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'refocus-reproducible-'));
const hashes: Map<string, string>[] = [];
for (const build of BUILDS) {
  const outDir = join(work, build.name);
  const buildStarted = performance.now();
  if (build.coldCache) for (const cache of BUILD_CACHES) rmSync(cache, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], { encoding: 'utf8', env: { ...process.env, ...build.env } });
  if (result.status !== 0) {
    console.error(
      `${result.stdout}${result.stderr}\ncheck-reproducible: the ${build.name} build failed (exit ${result.status}; output above). Fix: make npm run build pass first.`,
    );
    process.exit(1);
  }
  hashes.push(hashFiles(outDir));
  console.log(
    `check-reproducible: ${build.name} build (${build.coldCache ? 'cold cache' : 'warm cache'}, TZ=${build.env.TZ}, ${build.env.LANG}): ${hashes.at(-1)?.size} files in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`,
  );
}

const [first = new Map<string, string>(), second = new Map<string, string>()] = hashes;
const { failures, allowed, unused } = judgeDifferences(compareBuilds(first, second), REPRODUCIBILITY_EXCEPTIONS);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const difference of allowed) console.log(`check-reproducible: allowed to differ: ${difference.file} (${difference.reason})`);
for (const exception of unused)
  console.log(`check-reproducible: note: ${exception.file} is listed as an exception but did not differ; remove it from REPRODUCIBILITY_EXCEPTIONS if it stays identical.`);
if (failures.length > 0) {
  for (const difference of failures) console.error(formatDifference(difference));
  console.error(`\ncheck-reproducible: ${failures.length} of ${first.size} files are not reproducible (${seconds} s). Both builds are kept in ${work} for comparison.`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log(
  `check-reproducible: two builds of this commit are identical, ${first.size} files compared by SHA-256${allowed.length > 0 ? `, ${allowed.length} allowed to differ` : ''} (${seconds} s).`,
);
