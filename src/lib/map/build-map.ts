import type { GraphEdge, GraphNode, GraphNodeType } from '../graph/graph-types.ts';

/** The map's views: MRC stages as rows against one other dimension as columns. */
export const MAP_VIEWS = {
  chime: { label: 'CHIME processes', columnType: 'chime' },
  components: { label: 'Best-practice components', columnType: 'component' },
  practices: { label: 'Intervention parts', columnType: 'practice' },
} as const satisfies Record<string, { label: string; columnType: GraphNodeType }>;

/** One view of the evidence map. */
export type MapView = keyof typeof MAP_VIEWS;

/** The view /map/ opens with. */
export const DEFAULT_MAP_VIEW: MapView = 'chime';

/** One cell: the publications tagged with both its stage and its column's item. */
export interface MapCell {
  /** `<stage id>--<column item id>`, as in `?cell=theory--citizenship`. */
  id: string;
  row: GraphNode;
  column: GraphNode;
  /** In the graph's order (newest first). */
  publications: GraphNode[];
  /** How many publications of each study type, in the study types' order, types with none left out. */
  mix: { studyType: string; count: number }[];
}

/** A whole view: rows, columns and the cells row by row. */
export interface EvidenceMap {
  view: MapView;
  rows: GraphNode[];
  columns: GraphNode[];
  cells: MapCell[][];
}

/** The taxonomy id inside a node id (`stage:theory` → `theory`). */
export function itemIdOf(node: GraphNode): string {
  return node.id.slice(node.id.indexOf(':') + 1);
}

/**
 * Crosses the MRC stages with one other dimension, from the graph's publication edges: a cell holds
 * the publications with an edge to both its stage and its column's item. An empty cell is a gap.
 */
export function buildEvidenceMap(graph: { nodes: GraphNode[]; edges: GraphEdge[]; studyTypes: { id: string }[] }, view: MapView): EvidenceMap {
  const columnType = MAP_VIEWS[view].columnType;
  const byOrder = (type: GraphNodeType) => graph.nodes.filter((node) => node.type === type).sort((a, b) => a.order - b.order);
  const rows = byOrder('stage');
  const columns = byOrder(columnType);
  const tagsOf = new Map<string, Set<string>>();
  for (const edge of graph.edges) {
    if (!edge.source.startsWith('pub:')) continue;
    tagsOf.set(edge.source, (tagsOf.get(edge.source) ?? new Set()).add(edge.target));
  }
  const publications = graph.nodes.filter((node) => node.type === 'publication');
  const cells = rows.map((row) =>
    columns.map((column) => {
      const inCell = publications.filter((publication) => tagsOf.get(publication.id)?.has(row.id) && tagsOf.get(publication.id)?.has(column.id));
      const mix = graph.studyTypes
        .map((studyType) => ({ studyType: studyType.id, count: inCell.filter((publication) => publication.studyType === studyType.id).length }))
        .filter((entry) => entry.count > 0);
      return { id: `${itemIdOf(row)}--${itemIdOf(column)}`, row, column, publications: inCell, mix };
    }),
  );
  return { view, rows, columns, cells };
}
