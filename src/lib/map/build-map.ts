import type { GraphEdge, GraphNode, GraphNodeType } from '../graph/graph-types.ts';
import type { MapView } from './map-url.ts';

/** One view of the map: the node kinds of its rows and of its columns, and its name. */
export interface MapViewSpec {
  /** The view's id: the id of the dimension that forms its columns (`?view=chime`). */
  view: MapView;
  /** The columns' dimension, plural ("CHIME processes"). */
  label: string;
  rowType: GraphNodeType;
  columnType: GraphNodeType;
}

/** One cell: the publications tagged with both its row's item and its column's item. */
export interface MapCell {
  /** `<row item id>--<column item id>`, as in `?cell=theory--citizenship`. */
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
  /** The columns' dimension, plural. */
  label: string;
  rows: GraphNode[];
  columns: GraphNode[];
  cells: MapCell[][];
}

/** The taxonomy id inside a node id (`stage:theory` → `theory`). */
export function itemIdOf(node: GraphNode): string {
  return node.id.slice(node.id.indexOf(':') + 1);
}

/**
 * Crosses the rows' dimension (the MRC stages on the REFOCUS site) with one other, from the graph's
 * publication edges: a cell holds the publications with an edge to both its row's item and its
 * column's item. An empty cell is a gap.
 */
export function buildEvidenceMap(graph: { nodes: GraphNode[]; edges: GraphEdge[]; studyTypes: { id: string }[] }, spec: MapViewSpec): EvidenceMap {
  const view = spec.view;
  const byOrder = (type: GraphNodeType) => graph.nodes.filter((node) => node.type === type).sort((a, b) => a.order - b.order);
  const rows = byOrder(spec.rowType);
  const columns = byOrder(spec.columnType);
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
  return { view, label: spec.label, rows, columns, cells };
}

/** The largest number of publications in any cell of any of the views (0 when every cell is a gap). */
export function largestCellCount(maps: EvidenceMap[]): number {
  return Math.max(0, ...maps.flatMap((map) => map.cells.flat().map((cell) => cell.publications.length)));
}
