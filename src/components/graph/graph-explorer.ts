import { indexNeighbours, searchNodes, visibleNodeIds } from '../../lib/graph/graph-filter.ts';
import { orderClockwise, walkGraph, type WalkState } from '../../lib/graph/graph-keyboard.ts';
import { parseGraphState, serialiseGraphState, type GraphViewState } from '../../lib/graph/graph-state.ts';
import type { ExplorerGraph } from '../../lib/graph/graph-types.ts';
import { createGraphCanvas } from './graph-canvas.ts';
import { readControls, writeControls } from './graph-controls.ts';
import { completeTable, describeNode, renderPanel, updateList } from './graph-panel.ts';

/**
 * Runs the evidence graph page: the filters, the drawing, the details panel and the table stay in
 * step with one state, which lives in the URL (pushed on each choice, so Back and Forward restore it).
 */
export function startGraphExplorer(container: HTMLElement, graph: ExplorerGraph): void {
  const form = container.querySelector<HTMLFormElement>('[data-graph-controls]');
  const layout = container.querySelector<HTMLElement>('[data-graph-layout]');
  const canvasElement = container.querySelector<HTMLCanvasElement>('[data-graph-canvas]');
  const panel = container.querySelector<HTMLElement>('[data-graph-panel]');
  const rows = container.querySelector<HTMLElement>('[data-graph-rows]');
  const live = container.querySelector<HTMLElement>('[data-graph-live]');
  const count = container.querySelector<HTMLElement>('[data-graph-count]');
  const labelLayer = container.querySelector<HTMLElement>('[data-graph-labels]');
  if (!form || !layout || !canvasElement || !panel || !rows || !labelLayer) return;

  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const neighbours = indexNeighbours(graph.edges);
  const studyTitles = new Map(graph.studyTypes.map((studyType) => [studyType.id, studyType.title]));
  const kinds = graph.kinds.map((kind) => kind.kind);
  const known = { nodeIds: new Set(byId.keys()), studyTypes: graph.studyTypes.map((studyType) => studyType.id), kinds };
  let state: GraphViewState = parseGraphState(location.search, known);
  let visible = new Set<string>();
  let walk: WalkState | undefined;
  let hovered: string | undefined;
  let matches = new Set<string>();

  form.hidden = false;
  layout.hidden = false;
  container.querySelector('[data-graph-fallback]')?.setAttribute('hidden', '');

  const shownConnections = (id: string) => (neighbours.get(id) ?? []).filter((other) => visible.has(other));
  const say = (message: string) => {
    if (!live) return;
    live.textContent = '';
    window.setTimeout(() => (live.textContent = message), 30);
  };
  const paint = () => canvas.update({ visible, matches, selected: state.node, focused: walk?.focus, hovered, spotlight: hovered ?? walk?.focus ?? state.node });
  const render = () => {
    const next = visibleNodeIds(graph.nodes, neighbours, state);
    // The same set object when nothing changed, so the drawing keeps its cached layer.
    if (next.size !== visible.size || [...next].some((id) => !visible.has(id))) visible = next;
    matches = searchNodes(graph.nodes, state.q);
    if (walk && !visible.has(walk.focus)) walk = undefined;
    paint();
    updateList(rows, visible, matches, state.node);
    // The panel shows the selected node, or else the one keyboard focus is on in the drawing.
    const shownId = state.node ?? walk?.focus;
    const node = shownId ? byId.get(shownId) : undefined;
    renderPanel(
      panel,
      graph,
      node,
      node
        ? shownConnections(node.id)
            .map((id) => byId.get(id))
            .filter((other) => other !== undefined)
        : [],
      Boolean(node && !state.types.includes(node.type)),
    );
    const edges = graph.edges.filter((edge) => visible.has(edge.source) && visible.has(edge.target)).length;
    const matched = state.q ? ` ${[...matches].filter((id) => visible.has(id)).length} shown match “${state.q}”.` : '';
    if (count) count.textContent = `Showing ${visible.size} of ${graph.nodes.length} nodes and ${edges} of ${graph.edges.length} connections.${matched}`;
  };
  const commit = (next: GraphViewState, how: { history?: 'push' | 'replace'; fit?: boolean } = {}) => {
    const depthChanged = next.depth !== state.depth || (next.depth > 0 && next.node !== state.node);
    state = next;
    const url = `${location.pathname}${serialiseGraphState(state, kinds)}`;
    if (how.history === 'replace') history.replaceState(null, '', url);
    else if (how.history !== undefined || url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    writeControls(form, state);
    render();
    if (how.fit || depthChanged) canvas.fit(visible);
  };
  const select = (id: string | undefined, how: { history?: 'push' | 'replace' } = {}) => {
    walk = id ? { anchor: id, focus: id, trail: [] } : undefined;
    commit({ ...state, node: id, depth: id ? state.depth : 0 }, how);
  };

  const canvas = createGraphCanvas(
    canvasElement,
    graph,
    neighbours,
    {
      hover(id) {
        hovered = id;
        paint();
      },
      select(id) {
        select(id);
        say(focusMessage(id));
      },
    },
    { labels: labelLayer, hint: container.querySelector<HTMLElement>('[data-graph-hint]') },
  );

  const focusMessage = (id: string, anchor?: string) => {
    const node = byId.get(id);
    if (!node) return '';
    const connections = shownConnections(id).length;
    let message = `${node.label}. ${describeNode(node, studyTitles, graph.kinds)}. ${connections} connection${connections === 1 ? '' : 's'} shown.`;
    if (anchor && anchor !== id) {
      const around = orderClockwise(
        byId.get(anchor) ?? node,
        shownConnections(anchor).map((other) => byId.get(other) ?? node),
      );
      message += ` Connection ${around.indexOf(id) + 1} of ${around.length} of ${byId.get(anchor)?.label ?? ''}.`;
    }
    return message;
  };
  const clockwise = (id: string) => {
    const node = byId.get(id);
    return node
      ? orderClockwise(
          node,
          shownConnections(id)
            .map((other) => byId.get(other))
            .filter((other) => other !== undefined),
        )
      : [];
  };

  const HINT = ' Right and Left arrows move round its connections; Enter opens its page.';
  /** Puts keyboard focus on the selected node, or the first shown item of the first kind; false when nothing is shown. */
  const startWalk = () => {
    if (walk) return true;
    const start =
      (state.node && visible.has(state.node) ? state.node : undefined) ?? graph.nodes.find((node) => node.type === kinds[0] && visible.has(node.id))?.id ?? [...visible][0];
    if (!start) return false;
    walk = { anchor: start, focus: start, trail: [] };
    render();
    return true;
  };
  // Keyboard focus (Tab, or the “Skip to graph” link) starts the walk at once, so the panel names a
  // node; a click focuses the drawing too, but then the click itself decides what is selected.
  const onFocus = () => {
    if (!canvasElement.matches(':focus-visible')) return;
    if (!startWalk() || !walk) return say('No node is shown; change the filters to show some.');
    say(`${focusMessage(walk.focus, walk.anchor)}${HINT}`);
  };
  canvasElement.addEventListener('focus', onFocus);
  canvasElement.addEventListener('keydown', (event) => {
    if (event.key.startsWith('Arrow')) {
      event.preventDefault();
      if (!walk && !startWalk()) return;
      if (!walk) return;
      const next = walkGraph(walk, event.key, clockwise);
      if (next.focus === walk.focus && next.anchor === walk.anchor) return say(focusMessage(walk.focus, walk.anchor));
      const newAnchor = next.anchor !== walk.anchor;
      walk = next;
      commit({ ...state, node: walk.focus }, { history: 'replace' });
      canvas.reveal(walk.focus);
      say(`${focusMessage(walk.focus, walk.anchor)}${newAnchor && walk.focus === walk.anchor ? HINT : ''}`);
    } else if (event.key === 'Enter' && walk) {
      const node = byId.get(walk.focus);
      if (node) location.assign(node.href);
    } else if (event.key === 'Escape') {
      if (!state.node && !walk) return;
      select(undefined);
      say('Selection cleared.');
    } else if (event.key === '+' || event.key === '=') canvas.zoomBy(1.5);
    else if (event.key === '-' || event.key === '_') canvas.zoomBy(1 / 1.5);
  });

  container.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-graph-select], [data-graph-zoom]') : null;
    if (!button) return;
    if (button.dataset.graphZoom === 'in') canvas.zoomBy(1.5);
    else if (button.dataset.graphZoom === 'out') canvas.zoomBy(1 / 1.5);
    else if (button.dataset.graphZoom === 'fit') canvas.fit(visible);
    else if (button.dataset.graphSelect) {
      select(button.dataset.graphSelect);
      canvas.reveal(button.dataset.graphSelect);
      panel.querySelector<HTMLElement>('[data-graph-panel-heading]')?.focus();
    }
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'search') return;
    commit(readControls(form, state, kinds), { history: 'push' });
  });
  let typing = 0;
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
    window.clearTimeout(typing);
    typing = window.setTimeout(() => commit(readControls(form, state, kinds), { history: 'replace' }), 150);
  });
  window.addEventListener('popstate', () => {
    const next = parseGraphState(location.search, known);
    walk = next.node ? { anchor: next.node, focus: next.node, trail: [] } : undefined;
    const fit = next.depth !== state.depth || next.node !== state.node;
    state = next;
    writeControls(form, state);
    render();
    if (fit && state.depth > 0) canvas.fit(visible);
  });
  const restyle = () => canvas.restyle();
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', restyle);
  new MutationObserver(restyle).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  writeControls(form, state);
  // The first drawing runs in a task of its own, after the set-up above, so that no single long task
  // holds up input while the page starts (Lighthouse's total blocking time).
  window.setTimeout(() => {
    render();
    canvas.fit(state.depth > 0 ? visible : graph.nodes.filter((node) => kinds.includes(node.type)).map((node) => node.id), false);
    canvas.drawNow();
    performance.mark('graph:first-paint');
    // Focus that reached the drawing before the explorer had started (the skip link, an early Tab).
    if (document.activeElement === canvasElement) onFocus();
    // Rows the page left out (a very large graph) are added after the first drawing, in a task of their own.
    window.setTimeout(() => {
      completeTable(rows, graph);
      updateList(rows, visible, matches, state.node);
      for (const button of rows.querySelectorAll<HTMLElement>('[data-graph-select]')) button.hidden = false;
      container.dataset.graphReady = 'true';
    }, 0);
  }, 0);
}
