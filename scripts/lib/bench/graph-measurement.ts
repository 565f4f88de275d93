/**
 * Measures the evidence graph page of a built site in headless Chromium (the system one, as the
 * browser tests use): first paint, a full redraw, and frame rates while zooming, panning and hovering.
 * Used by scripts/measure-graph.ts and by the benchmark (scripts/bench.ts).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { buildGraph } from '../../../src/lib/graph/build-graph.ts';
import type { EvidenceGraph } from '../../../src/lib/graph/graph-types.ts';
import { layoutGraph, layoutOptionsFor } from '../../../src/lib/graph/layout-graph.ts';
import { generateSyntheticCollections, SYNTHETIC_STUDY_TYPES } from '../../../src/lib/graph/synthetic-collections.ts';
import { CHROMIUM_ARGS, findChromium } from '../browser/find-chromium.ts';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

export function syntheticGraph(count: number): { graph: EvidenceGraph; layoutMs: number } {
  const built = buildGraph(generateSyntheticCollections(count));
  const started = performance.now();
  const layout = layoutOptionsFor(built.nodes.length);
  const positions = layoutGraph(built, layout);
  const layoutMs = performance.now() - started;
  const nodes = built.nodes.map((node) => ({ ...node, ...(positions.get(node.id) ?? { x: 0, y: 0 }) }));
  return {
    graph: { version: 1, layout, studyTypes: SYNTHETIC_STUDY_TYPES.map((id) => ({ id, title: id })), nodes, edges: built.edges, unlinkedPublications: built.unlinkedPublications },
    layoutMs,
  };
}

/** Serves dist/, answering /graph.json with the given document. */
function serve(dist: string, graphJson: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/graph.json') return void response.writeHead(200, { 'Content-Type': TYPES['.json'] }).end(graphJson);
    const file = join(dist, normalize(path.endsWith('/') ? `${path}index.html` : path));
    try {
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

type FrameRate = { fps: number; p95: number; slow: number; frames: number };

/** Drives one kind of gesture from inside the page, one input event per animation frame, and times the frames. */
async function frameRate(page: Page, gesture: 'zoom' | 'pan' | 'hover', durationMs: number): Promise<FrameRate> {
  return page.evaluate(
    async ({ gesture, durationMs }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-graph-canvas]');
      if (!canvas) throw new Error('no canvas');
      const box = canvas.getBoundingClientRect();
      const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
      const stamps: number[] = [];
      if (gesture === 'pan') canvas.dispatchEvent(new MouseEvent('mousedown', { clientX: box.left + 4, clientY: box.top + 4, button: 0, bubbles: true, view: window }));
      await new Promise<void>((done) => {
        const step = (now: number) => {
          stamps.push(now);
          const i = stamps.length;
          if (gesture === 'zoom')
            canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: Math.floor(i / 40) % 2 ? 30 : -30, clientX: cx, clientY: cy, bubbles: true, cancelable: true, view: window }));
          else if (gesture === 'hover')
            canvas.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + ((i * 3) % box.width), clientY: cy + 40 * Math.sin(i / 15), bubbles: true, view: window }));
          else
            window.dispatchEvent(
              new MouseEvent('mousemove', { clientX: box.left + 4 + 200 * Math.sin(i / 25), clientY: box.top + 4 + 120 * (1 - Math.cos(i / 25)), bubbles: true, view: window }),
            );
          if (now - (stamps[0] ?? now) < durationMs) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      });
      if (gesture === 'pan') window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, view: window }));
      const gaps = stamps
        .slice(1)
        .map((stamp, index) => stamp - (stamps[index] ?? stamp))
        .sort((a, b) => a - b);
      const elapsed = (stamps.at(-1) ?? 0) - (stamps[0] ?? 0);
      return { fps: ((stamps.length - 1) * 1000) / elapsed, p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0, slow: gaps.filter((gap) => gap > 34).length, frames: stamps.length };
    },
    { gesture, durationMs },
  );
}

/**
 * The median length of a frame with a full drawing (zoom buttons, reduced motion): from the drawing's
 * clearRect to the next animation frame, so rasterisation is included; 16.7 ms is the floor.
 */
async function fullRedraw(page: Page): Promise<number> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { drawTimes: number[] }).drawTimes = times;
    const clear = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (...args: Parameters<typeof clear>) {
      const started = performance.now();
      requestAnimationFrame(() => times.push(performance.now() - started));
      return clear.apply(this, args);
    };
  });
  for (const name of ['Zoom in', 'Zoom out', 'Zoom in', 'Zoom out', 'Zoom in']) {
    await page.getByRole('button', { name }).click();
    await page.waitForTimeout(300);
  }
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const times = (await page.evaluate(() => (window as unknown as { drawTimes: number[] }).drawTimes)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/**
 * Opens /graph/ of a built site in headless Chromium (with a synthetic graph of `count` publications
 * as /graph.json, or the site's own) and reads the first paint, a full redraw and the frame rate while
 * zooming, panning and hovering (`runs` runs of `gestureMs` each, keeping the median).
 */
export async function measureGraph(dist: string, count: number | 'site', { runs: runCount = 3, gestureMs = 2000 } = {}) {
  const synthetic = count === 'site' ? undefined : syntheticGraph(count);
  const graphJson = synthetic ? JSON.stringify(synthetic.graph) : await readFile(join(dist, 'graph.json'), 'utf8');
  const graph = JSON.parse(graphJson) as EvidenceGraph;
  const server = await serve(dist, graphJson);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/graph/`);
    await page.locator('[data-graph][data-graph-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    const marks = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return { data: at('graph:data'), paint: at('graph:first-paint') };
    });
    const canvas = page.locator('[data-graph-canvas]');
    await canvas.scrollIntoViewIfNeeded();
    const shots = process.env.MEASURE_SCREENSHOTS;
    if (shots) await canvas.screenshot({ path: join(shots, `graph-${count}-first-paint.png`) });
    const redrawMs = await fullRedraw(page);
    // Each gesture three times, keeping the median run: other processes on a shared machine add noise.
    const runs = { zoom: [] as FrameRate[], pan: [] as FrameRate[], hover: [] as FrameRate[] };
    for (let run = 0; run < runCount; run += 1) {
      runs.zoom.push(await frameRate(page, 'zoom', gestureMs));
      if (shots && run === 0) await canvas.screenshot({ path: join(shots, `graph-${count}-zoomed.png`) });
      await page.getByRole('button', { name: 'Fit to view' }).click();
      await page.waitForTimeout(800);
      runs.pan.push(await frameRate(page, 'pan', gestureMs));
      await page.getByRole('button', { name: 'Fit to view' }).click();
      await page.waitForTimeout(800);
      runs.hover.push(await frameRate(page, 'hover', gestureMs));
    }
    const median = (list: FrameRate[]) => [...list].sort((a, b) => a.fps - b.fps)[Math.floor(list.length / 2)] ?? { fps: 0, p95: 0, slow: 0, frames: 0 };
    const [zoom, pan, hover] = [median(runs.zoom), median(runs.pan), median(runs.hover)];
    return { count, nodes: graph.nodes.length, edges: graph.edges.length, layoutMs: synthetic?.layoutMs, ...marks, redrawMs, zoom, pan, hover, chromium: browser.version() };
  } finally {
    await browser.close();
    server.close();
  }
}
