import type { ZoomTransform } from 'd3-zoom';
import { NODE_TYPES, type GraphEdge, type GraphNodeType, type PositionedNode } from '../../lib/graph/graph-types.ts';
import { NODE_RADIUS } from '../../lib/graph/layout-graph.ts';
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

/** The theme's colours, read from the --graph-* custom properties. */
export type Colours = Record<GraphNodeType | 'edge' | 'text' | 'halo' | 'focus' | 'match', string>;

/** Reads the graph's colours from the custom properties in effect on an element. */
export function readColours(element: Element): Colours {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(`--graph-${name}`).trim() || '#555';
  return { stage: read('stage'), chime: read('chime'), component: read('component'), practice: read('practice'), publication: read('publication'), edge: read('edge'), text: read('text'), halo: read('halo'), focus: read('focus'), match: read('match') };
}

/** Adds a node's outline to the current path. */
function tracePath(context: CanvasRenderingContext2D, node: PositionedNode, radius: number): void {
  const shape = NODE_SHAPES[node.type];
  if (shape === 'circle') {
    context.moveTo(node.x + radius, node.y);
    context.arc(node.x, node.y, radius, 0, 2 * Math.PI);
    return;
  }
  shape.forEach(([dx, dy], index) => (index === 0 ? context.moveTo(node.x + dx * radius, node.y + dy * radius) : context.lineTo(node.x + dx * radius, node.y + dy * radius)));
  context.closePath();
}

/** Smallest size on screen, in CSS pixels, so that a zoomed-out big graph still shows its nodes. */
const MIN_SCREEN_RADIUS: Record<GraphNodeType, number> = { stage: 7, chime: 6, component: 6, practice: 6, publication: 2.5 };

/** A node's radius in graph units at zoom `k`. */
export function radiusOf(type: GraphNodeType, k: number): number {
  return Math.max(NODE_RADIUS[type], MIN_SCREEN_RADIUS[type] / k);
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
  for (const type of NODE_TYPES) {
    context.beginPath();
    for (const node of view.nodes) {
      if (node.type !== type || !include(node)) continue;
      tracePath(context, node, radiusOf(type, k));
      drawn += 1;
    }
    context.fillStyle = view.colours[type];
    context.fill();
    if (radiusOf(type, k) * k < 4) continue;
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
  context.arc(node.x, node.y, radiusOf(node.type, k) * 1.3 + gap / k, 0, 2 * Math.PI);
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
    const radius = radiusOf(node.type, k) * 1.3 + 3 / k;
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
    const named = node.type !== 'publication' || transform.k >= 1.6 || lit?.has(node.id) || scene.matches.has(node.id) || node.id === scene.selected || node.id === scene.focused;
    if (!named || (lit && !lit.has(node.id) && node.type === 'publication')) continue;
    const lines = node.type === 'publication' ? [node.label] : wrapLabel(node.label, 18);
    const offset = radiusOf(node.type, transform.k) * 1.3 * transform.k + 3;
    const above = node.type === 'chime';
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
