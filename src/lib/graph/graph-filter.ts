import type { GraphViewState } from './graph-state.ts';
import type { GraphEdge, GraphNode } from './graph-types.ts';

/** Each node's neighbours (either direction), in edge order. */
export function indexNeighbours(edges: GraphEdge[]): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = neighbours.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    neighbours.set(from, list);
  };
  for (const edge of edges) {
    add(edge.source, edge.target);
    add(edge.target, edge.source);
  }
  return neighbours;
}

/** The node and every node within `depth` steps of it. */
export function nodesWithin(neighbours: Map<string, string[]>, start: string, depth: number): Set<string> {
  const found = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth; step += 1) {
    frontier = frontier.flatMap((id) => neighbours.get(id) ?? []).filter((id) => !found.has(id));
    for (const id of frontier) found.add(id);
  }
  return found;
}

/** Whether a node passes the kind, study-type and year filters (the last two apply to publications only). */
export function passesFilters(node: GraphNode, state: GraphViewState): boolean {
  if (!state.types.includes(node.type)) return false;
  if (node.type !== 'publication') return true;
  if (state.study && node.studyType !== state.study) return false;
  if (state.from !== undefined && (node.year === undefined || node.year < state.from)) return false;
  if (state.to !== undefined && (node.year === undefined || node.year > state.to)) return false;
  return true;
}

/**
 * The ids of the nodes to show: those passing the filters, within `depth` of the selected node in a
 * local view. The selected node itself is always shown, so a shared address never hides its subject.
 */
export function visibleNodeIds(nodes: GraphNode[], neighbours: Map<string, string[]>, state: GraphViewState): Set<string> {
  const near = state.node && state.depth > 0 ? nodesWithin(neighbours, state.node, state.depth) : undefined;
  const visible = new Set<string>();
  for (const node of nodes) {
    if (node.id === state.node || ((!near || near.has(node.id)) && passesFilters(node, state))) visible.add(node.id);
  }
  return visible;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The ids of the nodes whose label, title or key holds every word of the query (accents and case ignored). */
export function searchNodes(nodes: GraphNode[], query: string): Set<string> {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return new Set();
  return new Set(
    nodes
      .filter((node) => {
        const haystack = fold(`${node.label} ${node.title} ${node.id}`);
        return words.every((word) => haystack.includes(word));
      })
      .map((node) => node.id),
  );
}
