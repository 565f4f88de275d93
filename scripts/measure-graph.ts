/**
 * Measures the evidence graph at scale: for each size (default 500 and 2,000 publications) it makes
 * synthetic collections, builds and lays out the graph as the build does, serves the built site with
 * that graph as /graph.json, and in headless Chromium (the system one, as the browser tests use)
 * reads the first render and the frame rate while zooming and while panning.
 * Run after `npm run build`: `npx node scripts/measure-graph.ts [sizes…]`. Prints a Markdown table;
 * with MEASURE_SCREENSHOTS=<folder> it also saves the canvas after the first paint and after zooming.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { measureGraph } from './lib/bench/graph-measurement.ts';

const dist = resolve('dist');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0);
const round = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : String(Math.round(value)));
const loadBefore = loadavg()[0] ?? 0;
const rows = [];
for (const size of ['site' as const, ...(sizes.length > 0 ? sizes : [500, 2000])]) rows.push(await measureGraph(dist, size));
console.log(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, headless Chromium ${rows[0]?.chromium} (software rendering), viewport 1280 × 900; load average ${loadBefore.toFixed(1)} before and ${(loadavg()[0] ?? 0).toFixed(1)} after.\n`,
);
console.log(
  '| publications | nodes / edges | build-time layout (ms) | first paint after navigation (ms) | data → first paint (ms) | frame with a full redraw (ms) | zoom: fps, p95 frame (ms)¹ | pan: fps, p95 frame (ms)¹ | hover: fps, p95 frame (ms)¹ |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(
    `| ${row.count === 'site' ? 'the site’s own' : row.count} | ${row.nodes} / ${row.edges} | ${round(row.layoutMs)} | ${round(row.paint)} | ${round(row.paint - row.data)} | ${round(row.redrawMs)} | ${row.zoom.fps.toFixed(0)}, ${row.zoom.p95.toFixed(1)} | ${row.pan.fps.toFixed(0)}, ${row.pan.p95.toFixed(1)} | ${row.hover.fps.toFixed(0)}, ${row.hover.p95.toFixed(1)} |`,
  );
}
console.log('\n¹ Median of three 2-second runs, one input event per animation frame; 60 fps is the ceiling.');
