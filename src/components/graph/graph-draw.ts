import type { ZoomTransform } from 'd3-zoom';
import { kindOf, PUBLICATION_KIND, type GraphEdge, type NodeKind, type PositionedNode } from '../../lib/graph/graph-types.ts';
import { NODE_SHAPES } from '../../lib/graph/node-shapes.ts';
import { wrapLabel } from '../../lib/graph/wrap-label.ts';

/** What to draw: which nodes are shown, ringed, selected, focused, and whose neighbourhood is lit. */
export interface Scene {
  visible: Set<string>;
  matches: Set<string>;
  selected?: string | undefined;
  focused?: string | undefined;
  /** The node whose connections are highlighted (hovered, focused or selected). */
  spotlight?: string | undefined;
}

/** The theme's colours: each node kind's palette colour (`--palette-<colour>`), by kind, and the --graph-* ones. */
export type Colours = Record<string, string> & Record<'edge' | 'text' | 'halo' | 'focus' | 'match', string>;

/** Reads the graph's colours from the custom properties in effect on an element. */
export function readColours(element: Element, kinds: readonly NodeKind[]): Colours {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim() || '#555';
  const graph = (name: string) => read(`--graph-${name}`);
  return {
    ...Object.fromEntries(kinds.map((kind) => [kind.kind, read(`--palette-${kind.colour}`)])),
    edge: graph('edge'),
    text: graph('text'),
    halo: graph('halo'),
    focus: graph('focus'),
    match: graph('match'),
  };
}

/** Adds a node's outline to the current path. */
function tracePath(context: CanvasRenderingContext2D, node: PositionedNode, radius: number, kind: NodeKind): void {
  const shape = NODE_SHAPES[kind.shape] ?? 'circle';
  if (shape === 'circle') {
    context.moveTo(node.x + radius, node.y);
    context.arc(node.x, node.y, radius, 0, 2 * Math.PI);
    return;
  }
  shape.forEach(([dx, dy], index) => (index === 0 ? context.moveTo(node.x + dx * radius, node.y + dy * radius) : context.lineTo(node.x + dx * radius, node.y + dy * radius)));
  context.closePath();
}

/** A node's radius in graph units at zoom `k`: its kind's radius, but never under its smallest size on screen. */
export function radiusOf(kind: NodeKind, k: number): number {
  return Math.max(kind.radius, kind.minRadius / k);
}

/** Everything one drawing needs. */
export interface SceneView {
  nodes: PositionedNode[];
  byId: Map<string, PositionedNode>;
  edges: GraphEdge[];
  neighbours: Map<string, string[]>;
  scene: Scene;
  transform: ZoomTransform;
  colours: Colours;
  /** The node kinds in drawing order (the page's `data-graph-kinds`). */
  kinds: readonly NodeKind[];
  /** Device pixels per CSS pixel. */
  dpr: number;
}

/** Sets the graph-to-device transform. */
function applyTransform(context: CanvasRenderingContext2D, view: SceneView): void {
  const { transform, dpr } = view;
  context.setTransform(dpr * transform.k, 0, 0, dpr * transform.k, dpr * transform.x, dpr * transform.y);
}

/** Fills (and, when big enough, outlines) the nodes of each kind that pass `include`, one path per kind. */
function drawNodes(context: CanvasRenderingContext2D, view: SceneView, include: (node: PositionedNode) => boolean): number {
  const k = view.transform.k;
  let drawn = 0;
  for (const kind of view.kinds) {
    const type = kind.kind;
    context.beginPath();
    for (const node of view.nodes) {
      if (node.type !== type || !include(node)) continue;
      tracePath(context, node, radiusOf(kind, k), kind);
      drawn += 1;
    }
    context.fillStyle = view.colours[type] ?? view.colours.edge;
    context.fill();
    if (radiusOf(kind, k) * k < 4) continue;
    context.lineWidth = 1.5 / k;
    context.strokeStyle = view.colours.halo;
    context.stroke();
  }
  return drawn;
}

/** Strokes, as one path, the edges between shown nodes that pass `include`. */
function drawEdges(context: CanvasRenderingContext2D, view: SceneView, include: (source: string, target: string) => boolean): void {
  context.beginPath();
  for (const edge of view.edges) {
    if (!view.scene.visible.has(edge.source) || !view.scene.visible.has(edge.target) || !include(edge.source, edge.target)) continue;
    const source = view.byId.get(edge.source);
    const target = view.byId.get(edge.target);
    if (!source || !target) continue;
    context.moveTo(source.x, source.y);
    context.lineTo(target.x, target.y);
  }
  context.stroke();
}

/**
 * Draws the layer that changes only with the filters, the zoom and the positions: every shown edge
 * (unless `edges` is false) and node. Returns the number of nodes drawn.
 */
export function drawBase(context: CanvasRenderingContext2D, view: SceneView, options = { edges: true }): number {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  applyTransform(context, view);
  const k = view.transform.k;
  context.lineWidth = 1 / k;
  context.strokeStyle = view.colours.edge;
  // Thousands of edges would merge into a grey mass: the more there are, the fainter each is drawn.
  context.globalAlpha = Math.min(0.7, Math.max(0.08, 300 / view.edges.length));
  if (options.edges) drawEdges(context, view, () => true);
  context.globalAlpha = 1;
  return drawNodes(context, view, (node) => view.scene.visible.has(node.id));
}

/**
 * Draws what changes with hover, focus, selection and search over the base layer (which the caller
 * has already dimmed when a node is in the spotlight): the spotlit node's edges and neighbours, the
 * rings for search matches, selection and keyboard focus, and labels at a constant screen size.
 */
export function drawOverlay(context: CanvasRenderingContext2D, view: SceneView): void {
  const { scene, neighbours, transform, colours } = view;
  applyTransform(context, view);
  const k = transform.k;
  const lit = scene.spotlight ? new Set([scene.spotlight, ...(neighbours.get(scene.spotlight) ?? [])]) : undefined;
  if (lit) {
    context.lineWidth = 2.5 / k;
    context.strokeStyle = colours.text;
    drawEdges(context, view, (source, target) => source === scene.spotlight || target === scene.spotlight);
    drawNodes(context, view, (node) => lit.has(node.id) && scene.visible.has(node.id));
  }
  drawRings(context, view, k);
  drawLabels(context, view, lit);
}

function ring(context: CanvasRenderingContext2D, view: SceneView, id: string | undefined, gap: number, width: number, colour: string, dash: number[] = []): void {
  const { scene, byId, transform } = view;
  const node = id ? byId.get(id) : undefined;
  if (!node || !scene.visible.has(node.id)) return;
  const k = transform.k;
  context.beginPath();
  context.arc(node.x, node.y, radiusOf(kindOf(view.kinds, node.type), k) * 1.3 + gap / k, 0, 2 * Math.PI);
  context.setLineDash(dash.map((length) => length / k));
  context.lineWidth = width / k;
  context.strokeStyle = colour;
  context.stroke();
  context.setLineDash([]);
}

function drawRings(context: CanvasRenderingContext2D, view: SceneView, k: number): void {
  const { scene, byId, colours } = view;
  context.beginPath();
  for (const id of scene.matches) {
    const node = byId.get(id);
    if (!node || !scene.visible.has(id)) continue;
    const radius = radiusOf(kindOf(view.kinds, node.type), k) * 1.3 + 3 / k;
    context.moveTo(node.x + radius, node.y);
    context.arc(node.x, node.y, radius, 0, 2 * Math.PI);
  }
  context.lineWidth = 3 / k;
  context.strokeStyle = colours.match;
  context.stroke();
  ring(context, view, scene.selected, 4, 3, colours.text);
  ring(context, view, scene.focused, 9, 3, colours.focus, [5, 3]);
}

function drawLabels(context: CanvasRenderingContext2D, view: SceneView, lit: Set<string> | undefined): void {
  const { scene, nodes, transform, colours, dpr } = view;
  context.setTransform(dpr, 0, 0, dpr, 0, 0);
  context.font = '600 13px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'top';
  context.lineJoin = 'round';
  const width = context.canvas.width / dpr;
  const height = context.canvas.height / dpr;
  for (const node of nodes) {
    if (!scene.visible.has(node.id)) continue;
    const named =
      node.type !== PUBLICATION_KIND.kind || transform.k >= 1.6 || lit?.has(node.id) || scene.matches.has(node.id) || node.id === scene.selected || node.id === scene.focused;
    if (!named || (lit && !lit.has(node.id) && node.type === PUBLICATION_KIND.kind)) continue;
    const lines = node.type === PUBLICATION_KIND.kind ? [node.label] : wrapLabel(node.label, 18);
    const kind = kindOf(view.kinds, node.type);
    const offset = radiusOf(kind, transform.k) * 1.3 * transform.k + 3;
    // Kinds laid out above the middle band have their labels above, away from the rest.
    const above = (kind.band ?? 0) < 0;
    const x = transform.applyX(node.x);
    const y = transform.applyY(node.y) + (above ? -offset - lines.length * 15 : offset);
    if (x < -100 || x > width + 100 || y < -60 || y > height + 20) continue;
    context.globalAlpha = lit && !lit.has(node.id) ? 0.4 : 1;
    lines.forEach((line, index) => {
      context.lineWidth = 4;
      context.strokeStyle = colours.halo;
      context.strokeText(line, x, y + index * 15);
      context.fillStyle = colours.text;
      context.fillText(line, x, y + index * 15);
    });
  }
  context.globalAlpha = 1;
}
