import type { ZoomTransform } from 'd3-zoom';
import { kindOf, type GraphEdge, type NodeKind, type PositionedNode } from '../../lib/graph/graph-types.ts';
import { NODE_SHAPES } from '../../lib/graph/node-shapes.ts';

/** What to draw: which nodes are shown, ringed, selected, focused, and whose neighbourhood is lit. */
export interface Scene {
  visible: Set<string>;
  matches: Set<string>;
  selected?: string | undefined;
  focused?: string | undefined;
  /** The node under the pointer. */
  hovered?: string | undefined;
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

/** A node's radius in graph units at zoom `k`: its own radius (nodeBaseRadius), but never under its kind's smallest size on screen. */
export function radiusAt(base: number, kind: NodeKind, k: number): number {
  return Math.max(base, kind.minRadius / k);
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
  /** Each node's radius in graph units before zoom (nodeBaseRadius). */
  baseRadius: Map<string, number>;
  /** Each study type's mark (the map's shapes, on a 16 × 16 grid), drawn inside its publications. */
  marks: Map<string, Path2D>;
}

/** A node's radius in graph units at the view's zoom. */
export function radiusIn(view: Pick<SceneView, 'baseRadius' | 'kinds' | 'transform'>, node: PositionedNode): number {
  const kind = kindOf(view.kinds, node.type);
  return radiusAt(view.baseRadius.get(node.id) ?? kind.radius, kind, view.transform.k);
}

/** Below this radius on screen (CSS pixels) a publication's study-type mark is too small to read and is left out. */
const MARK_MIN_RADIUS = 5;

/** Sets the graph-to-device transform. */
function applyTransform(context: CanvasRenderingContext2D, view: SceneView): void {
  const { transform, dpr } = view;
  context.setTransform(dpr * transform.k, 0, 0, dpr * transform.k, dpr * transform.x, dpr * transform.y);
}

/** Fills (and, when big enough, outlines) the nodes of each kind that pass `include`, one path per kind. */
function drawNodes(context: CanvasRenderingContext2D, view: SceneView, include: (node: PositionedNode) => boolean): number {
  const k = view.transform.k;
  let drawn = 0;
  const marked: PositionedNode[] = [];
  for (const kind of view.kinds) {
    const type = kind.kind;
    context.beginPath();
    for (const node of view.nodes) {
      if (node.type !== type || !include(node)) continue;
      const radius = radiusIn(view, node);
      tracePath(context, node, radius, kind);
      if (node.studyType && radius * k >= MARK_MIN_RADIUS) marked.push(node);
      drawn += 1;
    }
    context.fillStyle = view.colours[type] ?? view.colours.edge;
    context.fill();
    if (radiusAt(kind.radius, kind, k) * k < 4) continue;
    context.lineWidth = 1.5 / k;
    context.strokeStyle = view.colours.halo;
    context.stroke();
  }
  drawMarks(context, view, marked);
  return drawn;
}

/** Draws each publication's study-type mark inside its disc, in the halo colour, so that the type is told by shape, not colour. */
function drawMarks(context: CanvasRenderingContext2D, view: SceneView, nodes: PositionedNode[]): void {
  if (nodes.length === 0) return;
  context.fillStyle = view.colours.halo;
  for (const node of nodes) {
    const mark = view.marks.get(node.studyType ?? '');
    if (!mark) continue;
    // The mark's 16-unit grid spans 1.4 radii: inside the disc, with a rim of its colour.
    const scale = (radiusIn(view, node) * 1.4) / 16;
    context.save();
    context.translate(node.x - 8 * scale, node.y - 8 * scale);
    context.scale(scale, scale);
    context.fill(mark, 'evenodd');
    context.restore();
  }
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
 * has already dimmed when a node is in the spotlight): the spotlit node's edges and neighbours, and
 * the rings for search matches, selection and keyboard focus (the labels are text over the canvas: graph-labels.ts).
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
}

function ring(context: CanvasRenderingContext2D, view: SceneView, id: string | undefined, gap: number, width: number, colour: string, dash: number[] = []): void {
  const { scene, byId, transform } = view;
  const node = id ? byId.get(id) : undefined;
  if (!node || !scene.visible.has(node.id)) return;
  const k = transform.k;
  context.beginPath();
  context.arc(node.x, node.y, radiusIn(view, node) * 1.3 + gap / k, 0, 2 * Math.PI);
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
    const radius = radiusIn(view, node) * 1.3 + 3 / k;
    context.moveTo(node.x + radius, node.y);
    context.arc(node.x, node.y, radius, 0, 2 * Math.PI);
  }
  context.lineWidth = 3 / k;
  context.strokeStyle = colours.match;
  context.stroke();
  ring(context, view, scene.selected, 4, 3, colours.text);
  ring(context, view, scene.focused, 9, 3, colours.focus, [5, 3]);
}
