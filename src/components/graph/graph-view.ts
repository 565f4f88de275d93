import { inBase } from '../common/base-path.ts';
import type { EvidenceGraph, NodeKind } from '../../lib/graph/graph-types.ts';

/**
 * Starts the evidence graph once the page has painted and loaded, its drawing is on or near the
 * screen, and the browser is idle: fetches /graph.json and loads the explorer
 * (d3 and the canvas code live in their own chunk, so the page's first paint does not wait for them).
 * Marks `graph:data` and, after the first drawing, `graph:first-paint` in the performance timeline.
 * The node kinds (names, shapes, colours, sizes) come from the page (`data-graph-kinds`), which
 * writes them from the framework declaration, and the study types' marks from its key (`data-study-mark`).
 */
export function startGraphView(root: Document): void {
  const container = root.querySelector<HTMLElement>('[data-graph]');
  if (!container) return;
  const start = async () => {
    try {
      const [explorer, graph] = await Promise.all([
        import('./graph-explorer.ts'),
        fetch(container.dataset.graphSrc ?? inBase('/graph.json')).then((response) => {
          if (!response.ok) throw new Error(`graph.json: ${response.status}`);
          return response.json() as Promise<EvidenceGraph>;
        }),
      ]);
      performance.mark('graph:data');
      const kinds = JSON.parse(container.querySelector('[data-graph-kinds]')?.textContent ?? '[]') as NodeKind[];
      // The study types' marks are read from the key under the drawing, which draws them the same way.
      const marks = [...container.querySelectorAll<SVGPathElement>('[data-study-mark]')].map((path) => ({ id: path.dataset.studyMark ?? '', path: path.getAttribute('d') ?? '' }));
      explorer.startGraphExplorer(container, { ...graph, kinds, marks });
    } catch (error) {
      const fallback = container.querySelector<HTMLElement>('[data-graph-fallback]');
      if (fallback) {
        fallback.textContent = `The graph could not be drawn (${String(error)}). The table below lists every node and connection.`;
        fallback.classList.add('is-error');
      }
    }
  };
  // After the page's first paint and its load event, then when the browser is idle: the explorer's
  // code (d3) and data never compete with the page itself for the network or the main thread. On a
  // small screen, where the drawing starts below the fold, it waits until the drawing comes into view (or the reader
  // uses the filters): a phone does not spend its processor on a graph nobody has looked at yet.
  let started = false;
  const startOnce = () => {
    if (started) return;
    started = true;
    void start();
  };
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(startOnce, { timeout: 500 });
    else window.setTimeout(startOnce, 0);
  };
  const whenNear = () => {
    const drawing = container.querySelector<HTMLElement>('[data-graph-layout]') ?? container;
    if (location.search || typeof IntersectionObserver !== 'function') return whenIdle();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        whenIdle();
      },
      { rootMargin: '0px' },
    );
    observer.observe(drawing);
    container.addEventListener('focusin', whenIdle, { once: true });
    container.addEventListener('pointerdown', whenIdle, { once: true });
  };
  const whenLoaded = () => {
    if (root.readyState === 'complete') whenNear();
    else window.addEventListener('load', whenNear, { once: true });
  };
  afterFirstPaint(whenLoaded);
}

/** Calls `then` once the page has painted content (at once where it already has, or where the browser cannot tell). */
function afterFirstPaint(then: () => void): void {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (painted() || typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes.includes('paint')) return then();
  const observer = new PerformanceObserver(() => {
    if (!painted()) return;
    observer.disconnect();
    then();
  });
  observer.observe({ type: 'paint', buffered: true });
}
