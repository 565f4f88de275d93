import type { ZoomTransform } from 'd3-zoom';
import { NODE_TYPES, type GraphEdge, type GraphNodeType, type PositionedNode } from '../lib/graph/graph-types.ts';
import { NODE_RADIUS } from '../lib/graph/layout-graph.ts';
import { NODE_SHAPES } from '../lib/graph/node-shapes.ts';
import { wrapLabel } from '../lib/graph/wrap-label.ts';

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

/**
 * Draws the shown edges, then the nodes kind by kind (one path each), then the rings for search
 * matches, selection and keyboard focus, then labels at a constant screen size. When a node is in
 * the spotlight, everything outside its neighbourhood is dimmed. Returns the number of nodes drawn.
 */
export function drawScene(context: CanvasRenderingContext2D, view: SceneView): number {
  const { nodes, scene, transform, colours, dpr, neighbours } = view;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  const k = transform.k;
  context.setTransform(dpr * k, 0, 0, dpr * k, dpr * transform.x, dpr * transform.y);
  const lit = scene.spotlight ? new Set([scene.spotlight, ...(neighbours.get(scene.spotlight) ?? [])]) : undefined;
  drawEdges(context, view, lit, k);
  let drawn = 0;
  for (const pass of lit ? [false, true] : [true]) {
    context.globalAlpha = pass ? 1 : 0.25;
    for (const type of NODE_TYPES) {
      context.beginPath();
      for (const node of nodes) {
        if (node.type !== type || !scene.visible.has(node.id) || (lit && lit.has(node.id) !== pass)) continue;
        tracePath(context, node, radiusOf(type, k));
        drawn += 1;
      }
      context.fillStyle = colours[type];
      context.fill();
      if (radiusOf(type, k) * k < 4) continue;
      context.lineWidth = 1.5 / k;
      context.strokeStyle = colours.halo;
      context.stroke();
    }
  }
  context.globalAlpha = 1;
  drawRings(context, view, k);
  drawLabels(context, view, lit);
  return drawn;
}

function drawEdges(context: CanvasRenderingContext2D, view: SceneView, lit: Set<string> | undefined, k: number): void {
  const { scene, byId, colours } = view;
  context.lineWidth = 1 / k;
  context.strokeStyle = colours.edge;
  // Thousands of edges would merge into a grey mass: the more there are, the fainter each is drawn.
  const shown = view.edges.length;
  context.globalAlpha = (lit ? 0.35 : 1) * Math.min(0.7, Math.max(0.08, 300 / shown));
  context.beginPath();
  const touching: PositionedNode[][] = [];
  for (const edge of view.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target || !scene.visible.has(source.id) || !scene.visible.has(target.id)) continue;
    if (lit && (edge.source === scene.spotlight || edge.target === scene.spotlight)) touching.push([source, target]);
    context.moveTo(source.x, source.y);
    context.lineTo(target.x, target.y);
  }
  context.stroke();
  context.globalAlpha = 1;
  if (touching.length === 0) return;
  context.lineWidth = 2.5 / k;
  context.strokeStyle = colours.text;
  context.beginPath();
  for (const [source, target] of touching) {
    context.moveTo(source?.x ?? 0, source?.y ?? 0);
    context.lineTo(target?.x ?? 0, target?.y ?? 0);
  }
  context.stroke();
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
