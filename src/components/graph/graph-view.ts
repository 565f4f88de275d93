import { inBase } from '../common/base-path.ts';
import type { EvidenceGraph, NodeKind } from '../../lib/graph/graph-types.ts';

/**
 * Starts the evidence graph once the browser is idle: fetches /graph.json and loads the explorer
 * (d3 and the canvas code live in their own chunk, so the page's first paint does not wait for them).
 * Marks `graph:data` and, after the first drawing, `graph:first-paint` in the performance timeline.
 * The node kinds (names, shapes, colours, sizes) come from the page (`data-graph-kinds`), which
 * writes them from the framework declaration.
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
      explorer.startGraphExplorer(container, { ...graph, kinds });
    } catch (error) {
      const fallback = container.querySelector<HTMLElement>('[data-graph-fallback]');
      if (fallback) {
        fallback.textContent = `The graph could not be drawn (${String(error)}). The table below lists every node and connection.`;
        fallback.classList.add('is-error');
      }
    }
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => void start(), { timeout: 300 });
  else window.setTimeout(() => void start(), 0);
}
