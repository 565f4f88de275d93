import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { randomLcg } from 'd3-random';
import type { GraphEdge, GraphNode, GraphNodeType, NodeKind } from './graph-types.ts';

/** How the layout is computed; the same options and graph always give the same positions. */
export interface LayoutOptions {
  /** Seed of the random source d3-force uses to break ties. */
  seed: number;
  /** Simulation steps run before the positions are read. */
  ticks: number;
}

/** The options /graph.json is laid out with (d3-force's own 300 steps of cooling). */
export const DEFAULT_LAYOUT: LayoutOptions = { seed: 2009, ticks: 300 };

/** The distance between bands, as a share of the distance between items along a band. */
const ROW_GAP = 0.7;

/** Up to this many nodes the layout takes d3's full 300 steps. */
const FULL_LAYOUT_NODES = 2000;
/** The fewest steps a large graph is cooled in. */
const MIN_TICKS = 60;

/**
 * The layout options for a graph of this many nodes. Each step costs time in proportion to the node
 * count (≈ 0.15 s a step at 10,000 nodes on 2 cores), so above 2,000 nodes the simulation cools
 * faster, in proportionally fewer steps (never fewer than 60): it still comes to rest, a little less
 * tidily, and a 10,000-node layout takes seconds rather than most of a minute.
 */
export function layoutOptionsFor(nodeCount: number, seed = DEFAULT_LAYOUT.seed): LayoutOptions {
  if (nodeCount <= FULL_LAYOUT_NODES) return { seed, ticks: DEFAULT_LAYOUT.ticks };
  return { seed, ticks: Math.max(MIN_TICKS, Math.round((DEFAULT_LAYOUT.ticks * FULL_LAYOUT_NODES) / nodeCount)) };
}

type LayoutNode = SimulationNodeDatum & { id: string; type: GraphNodeType; order: number };

/**
 * Lays the graph out with d3-force, run to rest at build time with a seeded random source, so every
 * build draws the same picture and the browser needs no simulation. Each kind of item gathers in
 * its horizontal band (a kind with a fixed row sits in one row in its order, as the MRC stages do),
 * with the publications between the items they concern. Coordinates are rounded to 0.1.
 */
export function layoutGraph(graph: { nodes: GraphNode[]; edges: GraphEdge[]; kinds: NodeKind[] }, options: LayoutOptions = DEFAULT_LAYOUT): Map<string, { x: number; y: number }> {
  const kindOf = new Map(graph.kinds.map((kind) => [kind.kind, kind]));
  const band = (type: GraphNodeType) => kindOf.get(type)?.band;
  const radius = (type: GraphNodeType) => kindOf.get(type)?.radius ?? 6;
  const spread = 240 * Math.max(1, Math.sqrt(graph.nodes.length / 60));
  // The bands lie closer together than the items along them, so the drawing is wider than tall, as screens are.
  const rowGap = spread * ROW_GAP;
  const counts = new Map<GraphNodeType, number>();
  for (const node of graph.nodes) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  // Taxonomy items are spread along their band in reading order; publications find their own place.
  const column = (node: LayoutNode) =>
    band(node.type) === undefined ? 0 : (node.order + (kindOf.get(node.type)?.stagger ?? 0) - ((counts.get(node.type) ?? 1) - 1) / 2) * spread * 0.9;
  const random = randomLcg(options.seed);
  // Seeded starting positions (d3's own start is a fixed spiral), so the seed shapes the whole layout.
  const nodes: LayoutNode[] = graph.nodes.map((node) => {
    const laid: LayoutNode = { id: node.id, type: node.type, order: node.order, x: (random() - 0.5) * 2 * spread, y: ((band(node.type) ?? 0) + random() - 0.5) * rowGap };
    if (kindOf.get(node.type)?.fixedRow) {
      laid.fx = (node.order - ((counts.get(node.type) ?? 0) - 1) / 2) * spread;
      laid.fy = (band(node.type) ?? 0) * rowGap;
    }
    return laid;
  });
  const links = graph.edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const simulation = forceSimulation(nodes)
    .randomSource(random)
    // Cool from alpha 1 to d3's alphaMin (0.001) in exactly `ticks` steps; for 300 this is d3's default.
    .alphaDecay(1 - Math.pow(0.001, 1 / options.ticks))
    .force(
      'link',
      forceLink<LayoutNode, { source: string; target: string }>(links)
        .id((node) => node.id)
        .distance(spread / 4)
        .strength(0.05),
    )
    .force('charge', forceManyBody<LayoutNode>().strength(-60))
    .force(
      'collide',
      forceCollide<LayoutNode>((node) => radius(node.type) + 3),
    )
    .force(
      'x',
      forceX<LayoutNode>(column).strength((node) => (band(node.type) === undefined ? 0.02 : 0.5)),
    )
    .force(
      'y',
      forceY<LayoutNode>((node) => (band(node.type) ?? 0) * rowGap).strength((node) => (band(node.type) === undefined ? 0.01 : 0.5)),
    )
    .stop();
  simulation.tick(options.ticks);
  const round = (value: number | undefined) => Math.round((value ?? 0) * 10) / 10;
  return new Map(nodes.map((node) => [node.id, { x: round(node.x), y: round(node.y) }]));
}
