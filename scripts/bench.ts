/**
 * npm run bench -- [--sizes 1000,5000,10000] [--real [folder] [--together]] [file.bib …]
 *
 * `--real` adds a run for each real-world bibliography in `folder` (default ../shared/data/bib/large,
 * one set per sub-folder, all its .bib files) on its own, then one with all of them together
 * (`--together`: that run only);
 * `--sizes 0` leaves out the generated runs.
 *
 * Builds the site in a throwaway copy with the real references plus N generated publications (and,
 * when .bib files are given, once with those files added), and reports per run: the wall time of a
 * cold build (npm run build in a fresh copy, no caches) by phase (BibTeX load, reference formatting,
 * Astro render, export files, search index, PDFs) and its peak memory (BibTeX load measured on its
 * own), a rebuild with nothing changed, a rebuild after editing one entry (by phase, with what each
 * cache gave back and its peak memory), dist/ size, first-visit bytes (gzip) of key pages and their JavaScript, the Pagefind
 * bytes and latency of a query, /graph.json size, the graph page's first paint and zoom and pan frame
 * rates in headless Chromium (scripts/lib/bench/graph-measurement.ts), and two peers on the same .bib: bibtex2html and
 * pandoc --citeproc. Writes bench-results/bench.json and bench-results/bench.md and prints the table.
 * The build's figures (phase times, peak memory by phase, cache reuse) come from the report each
 * build writes, dist.report.json (src/build/build-report.ts), never from its log lines.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { loadBibliography } from '../src/lib/bibtex/load-bibliography.ts';
import { phaseOf, readBuildReport, reportPathFor, stepOf } from '../src/build/build-report.ts';
import { editOneEntry } from './lib/bench/edit-one-entry.ts';
import { generateBibliography } from './lib/bench/generate-bibliography.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser/find-chromium.ts';
import { measureGraph } from './lib/bench/graph-measurement.ts';
import { copyProject } from '../tests/support/project-copy.ts';
import { serveStatic } from './lib/serve-static.ts';

interface Timed {
  seconds: number;
  peakMb: number;
  output: string;
  status: number | null;
}

/** Runs a command under GNU time for its wall time and peak resident memory. */
function timed(folder: string, command: string, args: string[]): Timed {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0);
  return { seconds: (performance.now() - started) / 1000, peakMb: Math.round(peakKb / 1024), output: `${result.stdout}${result.stderr}`, status: result.status };
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(folder, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 6 }).length;

/** What a first visit to a page transfers (gzip): the HTML, its stylesheets and the scripts it loads before any interaction. */
function firstVisitBytes(dist: string, path: string): { totalKb: number; jsKb: number } | undefined {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  let total = gz(html);
  let js = 0;
  const seen = new Set<string>();
  const addScript = (src: string) => {
    const local = join(dist, src);
    if (seen.has(src) || !existsSync(local)) return;
    seen.add(src);
    const code = readFileSync(local);
    js += gz(code);
    for (const match of code.toString('utf8').matchAll(/(?:^|[;\s])import\s*(?:[^'"]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) addScript(join(src, '..', match[1] ?? ''));
  };
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g))
    total += existsSync(join(dist, match[1] ?? '')) ? gz(readFileSync(join(dist, match[1] ?? ''))) : 0;
  for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) addScript(match[1] ?? '');
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) addScript(match[1] ?? '');
  return { totalKb: round((total + js) / 1024), jsKb: round(js / 1024) };
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Pagefind in a real browser: bytes fetched for a first query, and the latency of queries once loaded. */
async function measureSearch(dist: string): Promise<{ firstQueryKb: number; latencyMs: number } | undefined> {
  if (!existsSync(join(dist, 'pagefind/pagefind.js'))) return undefined;
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.origin}/`);
    const latencyMs = await page.evaluate(async () => {
      const pagefind = await import('/pagefind/pagefind.js' as string);
      await pagefind.init();
      const first = await pagefind.search('recovery');
      await Promise.all(first.results.slice(0, 10).map((result: { data: () => Promise<unknown> }) => result.data()));
      const times: number[] = [];
      for (const term of ['hope', 'slade 2015', 'goal', 'identity', 'staff training']) {
        const started = performance.now();
        const found = await pagefind.search(term);
        await Promise.all(found.results.slice(0, 10).map((result: { data: () => Promise<unknown> }) => result.data()));
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
    });
    await page.waitForTimeout(200);
    return { firstQueryKb: round(bytes / 1024), latencyMs: round(latencyMs) };
  } finally {
    await browser.close();
    await server.close();
  }
}

function peer(folder: string, bib: string): { bibtex2html?: number; pandoc?: number } {
  const result: { bibtex2html?: number; pandoc?: number } = {};
  if (spawnSync('which', ['bibtex2html']).status === 0) {
    const run = timed(folder, 'bibtex2html', ['-q', '-nodoc', '-nobibsource', '-o', join(folder, 'peer-bibtex2html'), bib]);
    if (run.status === 0 || existsSync(join(folder, 'peer-bibtex2html.html'))) result.bibtex2html = round(run.seconds, 2);
  }
  if (spawnSync('which', ['pandoc']).status === 0) {
    writeFileSync(join(folder, 'peer.md'), `---\nbibliography: ${bib}\nnocite: "@*"\n---\n`);
    const run = timed(folder, 'pandoc', ['--citeproc', '-t', 'html', '-o', join(folder, 'peer-pandoc.html'), join(folder, 'peer.md')]);
    if (run.status === 0) result.pandoc = round(run.seconds, 2);
  }
  return result;
}

async function benchRun(label: string, addReferences: (folder: string) => void) {
  const folder = copyProject();
  try {
    addReferences(folder);
    const bibFiles = readdirSync(join(folder, 'references'))
      .filter((name) => name.endsWith('.bib'))
      .sort();
    const sources = bibFiles.map((name) => ({ file: `references/${name}`, text: readFileSync(join(folder, 'references', name), 'utf8') }));
    const loadStarted = performance.now();
    const rssBefore = process.memoryUsage().rss;
    const publications = loadBibliography(sources);
    const load = { seconds: round((performance.now() - loadStarted) / 1000, 2), peakMb: Math.round(Math.max(rssBefore, process.memoryUsage().rss) / 1048576) };
    // The real build command (Astro, then the PDFs), cold (a fresh copy: no caches) and then again
    // with nothing changed, as a rebuild.
    const cold = timed(folder, process.execPath, ['scripts/build.ts']);
    if (cold.status !== 0) throw new Error(`${label}: the build failed:\n${cold.output.slice(-3000)}`);
    const dist = join(folder, 'dist');
    const report = readBuildReport(reportPathFor(dist));
    const references = phaseOf(report, 'references');
    const pagesPhase = phaseOf(report, 'pages');
    const exportFiles = phaseOf(report, 'exportFiles');
    const searchIndex = phaseOf(report, 'searchIndex');
    const distMb = round(folderBytes(dist) / 1048576);
    const firstKey = publications.find((publication) => publication.file === 'references/refocus.bib')?.key ?? publications[0]?.key;
    const pages = Object.fromEntries(
      [
        ['home', '/'],
        ['publication', `/publications/${firstKey}/`],
        ['publications', '/publications/'],
        ['search', '/search/'],
        ['graph', '/graph/'],
      ].map(([name, path]) => [name, firstVisitBytes(dist, path ?? '/')]),
    );
    const searchMetrics = await measureSearch(dist);
    const graphJsonKb = existsSync(join(dist, 'graph.json')) ? round(statSync(join(dist, 'graph.json')).size / 1024) : undefined;
    const graphView = await measureGraph(dist, 'site', { runs: 1, gestureMs: 1500 });
    const graphRender = { nodes: graphView.nodes, firstPaintMs: round(graphView.paint), zoomFps: round(graphView.zoom.fps), panFps: round(graphView.pan.fps) };
    const warm = timed(folder, process.execPath, ['scripts/build.ts']);
    if (warm.status !== 0) throw new Error(`${label}: the rebuild failed:\n${warm.output.slice(-3000)}`);
    const rebuild = readBuildReport(reportPathFor(dist));
    // An author edits one entry (a word added to a title, in the largest .bib file) and builds again.
    const editedFile = join(
      folder,
      'references',
      [...bibFiles].sort((a, b) => statSync(join(folder, 'references', b)).size - statSync(join(folder, 'references', a)).size)[0] ?? 'refocus.bib',
    );
    writeFileSync(editedFile, editOneEntry(readFileSync(editedFile, 'utf8')).text);
    const edit = timed(folder, process.execPath, ['scripts/build.ts']);
    if (edit.status !== 0) throw new Error(`${label}: the rebuild after editing one entry failed:\n${edit.output.slice(-3000)}`);
    const edited = readBuildReport(reportPathFor(dist));
    const combined = join(folder, 'all-references.bib');
    writeFileSync(combined, sources.map((source) => source.text).join('\n'));
    const peers = peer(folder, combined);
    const total = cold.seconds;
    return {
      label,
      publications: publications.length,
      phases: {
        bibtexLoad: load,
        // Reading the .bib files and formatting their references, inside Astro.
        referenceFormatting: { seconds: round(references.seconds, 1), peakMb: references.peakMemoryMb },
        // The rest of the Astro process: bundling and rendering the pages.
        astroRender: { seconds: round(stepOf(report, 'astro').seconds - references.seconds - exportFiles.seconds - searchIndex.seconds, 1), peakMb: pagesPhase.peakMemoryMb },
        exportFiles: { seconds: round(exportFiles.seconds, 1) },
        searchIndex: { seconds: round(searchIndex.seconds, 2), peakMb: searchIndex.peakMemoryMb },
        pdfs: { seconds: round(stepOf(report, 'pdfs').seconds, 1) },
      },
      counts: { publications: references.counts.publications, pages: pagesPhase.counts.pages, exportFiles: exportFiles.counts.files, pdfs: phaseOf(report, 'pdfs').counts.pdfs },
      coldBuildSeconds: round(total, 1),
      rebuildSeconds: round(warm.seconds, 1),
      rebuildSpeedup: round(cold.seconds / warm.seconds, 2),
      rebuildPhases: {
        astro: round(stepOf(rebuild, 'astro').seconds, 1),
        exportFiles: round(phaseOf(rebuild, 'exportFiles').seconds, 1),
        searchIndexReused: round(phaseOf(rebuild, 'searchIndex').seconds, 2),
        pdfs: round(stepOf(rebuild, 'pdfs').seconds, 1),
        pagesReused: phaseOf(rebuild, 'pages').reused,
      },
      // Items each cache gave back on the rebuild, out of all (nothing changed: all should be reused).
      rebuildReuse: Object.fromEntries(rebuild.phases.map((phase) => [phase.name, `${phase.reused}/${phase.reused + phase.made}`])),
      // The rebuild after editing one entry: its time by phase, what each cache gave back, and its peak memory.
      editRebuild: {
        seconds: round(edit.seconds, 1),
        peakMb: edit.peakMb,
        phases: Object.fromEntries(edited.phases.map((phase) => [phase.name, round(phase.seconds, 1)])) as Record<string, number>,
        astro: round(stepOf(edited, 'astro').seconds, 1),
        reuse: Object.fromEntries(edited.phases.map((phase) => [phase.name, `${phase.reused}/${phase.reused + phase.made}`])) as Record<string, string>,
      },
      peakMb: cold.peakMb,
      distMb,
      pages,
      search: searchMetrics,
      graphJsonKb,
      graphRender,
      peers,
      ratioToBibtex2html: peers.bibtex2html ? round(total / peers.bibtex2html, 1) : undefined,
      ratioToPandoc: peers.pandoc ? round(total / peers.pandoc, 1) : undefined,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

type Result = Awaited<ReturnType<typeof benchRun>>;

function toMarkdown(results: Result[]): string {
  const kb = (value?: { totalKb: number; jsKb: number }) => (value ? `${value.totalKb} (${value.jsKb} JS)` : 'n/a');
  const lines = [
    `Benchmark of ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores, ${Math.round(totalmem() / 1073741824)} GB, Node ${process.version}.`,
    '',
    '| run | publications | cold build s (load / format / render / export files / search / PDFs) | peak MB (load / format / render / search · whole build) | rebuild s (speed-up) | dist MB | first visit KB gzip (JS): home · publication · /publications/ · /search/ · /graph/ | Pagefind first query KB · latency ms | graph.json KB | /graph/ nodes: first paint ms · zoom, pan fps | bibtex2html s | pandoc s | ours ÷ bibtex2html · ÷ pandoc |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const result of results) {
    const { phases: p } = result;
    lines.push(
      `| ${result.label} | ${result.publications} | ${result.coldBuildSeconds} (${p.bibtexLoad.seconds} / ${p.referenceFormatting.seconds} / ${p.astroRender.seconds} / ${p.exportFiles.seconds} / ${p.searchIndex.seconds} / ${p.pdfs.seconds}) | ${p.bibtexLoad.peakMb} / ${p.referenceFormatting.peakMb} / ${p.astroRender.peakMb} / ${p.searchIndex.peakMb} · ${result.peakMb} | ${result.rebuildSeconds} (${result.rebuildSpeedup}×) | ${result.distMb} | ${kb(result.pages.home)} · ${kb(result.pages.publication)} · ${kb(result.pages.publications)} · ${kb(result.pages.search)} · ${kb(result.pages.graph)} | ${result.search ? `${result.search.firstQueryKb} · ${result.search.latencyMs}` : 'n/a'} | ${result.graphJsonKb ?? 'n/a'} | ${result.graphRender.nodes}: ${result.graphRender.firstPaintMs} · ${result.graphRender.zoomFps}, ${result.graphRender.panFps} | ${result.peers.bibtex2html ?? 'n/a'} | ${result.peers.pandoc ?? 'n/a'} | ${result.ratioToBibtex2html ?? 'n/a'} · ${result.ratioToPandoc ?? 'n/a'} |`,
    );
  }
  lines.push(
    '',
    'Rebuild after editing one entry (a word added to one title in the largest .bib file):',
    '',
    '| run | rebuild s (Astro step: references / pages / export files / search · PDFs) | reused of all: references · pages · export files · search pages | peak MB |',
    '|---|---|---|---|',
  );
  for (const { label, editRebuild: e } of results) {
    lines.push(
      `| ${label} | ${e.seconds} (${e.astro}: ${e.phases.references} / ${e.phases.pages} / ${e.phases.exportFiles} / ${e.phases.searchIndex} · ${e.phases.pdfs}) | ${e.reuse.references} · ${e.reuse.pages} · ${e.reuse.exportFiles} · ${e.reuse.searchIndex} | ${e.peakMb} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A real-world bibliography: a folder of .bib files. */
interface RealSet {
  name: string;
  files: string[];
}

/** The sets of a folder of real bibliographies: each sub-folder holding .bib files, by name. */
function readRealSets(folder: string): RealSet[] {
  if (!existsSync(folder)) throw new Error(`--real: ${folder} does not exist. Fix: give the folder of real bibliographies (../shared/data/bib/large beside the project).`);
  const sets = readdirSync(folder)
    .sort()
    .map((name) => ({ name, path: join(folder, name) }))
    .filter(({ path }) => statSync(path).isDirectory())
    .map(({ name, path }) => ({
      name,
      files: readdirSync(path)
        .filter((file) => file.endsWith('.bib'))
        .sort()
        .map((file) => join(path, file)),
    }))
    .filter((set) => set.files.length > 0);
  if (sets.length === 0) throw new Error(`--real: ${folder} has no sub-folder holding .bib files. Fix: give the folder of real bibliographies.`);
  return sets;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sizesIndex = args.indexOf('--sizes');
  const sizes =
    sizesIndex >= 0
      ? (args[sizesIndex + 1] ?? '')
          .split(',')
          .map(Number)
          .filter((size) => size > 0)
      : [1000, 5000, 10000];
  const files = args.filter((arg, index) => arg.endsWith('.bib') && index !== sizesIndex + 1);
  const realIndex = args.indexOf('--real');
  const realFolder =
    realIndex >= 0
      ? args[realIndex + 1] && !args[realIndex + 1]!.startsWith('--') && !args[realIndex + 1]!.endsWith('.bib')
        ? args[realIndex + 1]!
        : '../shared/data/bib/large'
      : undefined;
  const realSets = realFolder ? readRealSets(realFolder) : [];
  const results: Result[] = [];
  const failures: string[] = [];
  mkdirSync('bench-results', { recursive: true });
  const save = () => {
    writeFileSync('bench-results/bench.json', `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, results, failures }, null, 2)}\n`);
    writeFileSync('bench-results/bench.md', toMarkdown(results) + failures.map((failure) => `\nFailed: ${failure}\n`).join(''));
  };
  const run = async (label: string, addReferences: (folder: string) => void) => {
    console.error(`bench: ${label}…`);
    try {
      results.push(await benchRun(label, addReferences));
    } catch (error) {
      failures.push(error instanceof Error ? error.message.slice(0, 2000) : String(error));
    }
    save();
  };
  for (const size of sizes) {
    await run(`REFOCUS + ${size} generated`, (folder) => writeFileSync(join(folder, 'references/generated.bib'), generateBibliography(size)));
  }
  // Each file is copied as bench-<set>-<name>.bib, so that sets with files of the same name do not collide.
  const addSets = (sets: RealSet[]) => (folder: string) => {
    for (const set of sets) for (const file of set.files) copyFileSync(file, join(folder, 'references', `bench-${set.name}-${basename(file)}`));
  };
  // --together: only the run with every real set at once (the issue's target), not each set on its own as well.
  if (!args.includes('--together')) for (const set of realSets) await run(`REFOCUS + ${set.name} (${set.files.length} file${set.files.length === 1 ? '' : 's'})`, addSets([set]));
  if (realSets.length > 1) await run(`REFOCUS + all ${realSets.length} real sets (${realSets.map((set) => set.name).join(', ')})`, addSets(realSets));
  if (files.length > 0) {
    await run(`REFOCUS + ${files.map((file) => basename(file)).join(', ')}`, (folder) =>
      files.forEach((file) => copyFileSync(file, join(folder, 'references', `bench-${basename(file)}`))),
    );
  }
  console.log(readFileSync('bench-results/bench.md', 'utf8'));
  if (failures.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
