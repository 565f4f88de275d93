/** How one kind of node is named, drawn and laid out: a dimension of the framework, or the publications. */
export interface NodeKind {
  /** The node kind, also the prefix of its node ids (`stage` → `stage:theory`). */
  kind: string;
  singular: string;
  plural: string;
  /** A named outline (node-shapes.ts) or a circle. */
  shape: string;
  /** The palette token its nodes are filled with (`--palette-<colour>` in global.css). */
  colour: string;
  /** Radius kept clear around a node, in graph units. */
  radius: number;
  /** Smallest radius on screen, in CSS pixels, so that a zoomed-out big graph still shows its nodes. */
  minRadius: number;
  /** Vertical band of the layout in steps from the middle (negative: above, labels drawn above); none: placed freely. */
  band?: number | undefined;
  /** Horizontal offset within the band, in item spacings. */
  stagger?: number | undefined;
  /** The items sit in one fixed row in their order. */
  fixedRow?: boolean | undefined;
}

/** The publications' node kind: circles placed freely among the items they concern. */
export const PUBLICATION_KIND: NodeKind = { kind: 'publication', singular: 'Publication', plural: 'Publications', shape: 'circle', colour: 'grey', radius: 8, minRadius: 3 };

/** A kind of node: a dimension's graph kind (content/framework.yaml) or `publication`. */
export type GraphNodeType = string;

/** A kind of relation: `publication-<kind>`, `<kind>-<kind>` for a sequence, `<kind>-<other kind>` for a reference field. */
export type GraphEdgeType = string;

/** One node of the graph, before layout. */
export interface GraphNode {
  /** `<kind>:<id>` (`stage:theory`), or `pub:<citation key>` for a publication. */
  id: string;
  type: GraphNodeType;
  /** Short name for the drawing: a stage's short title, a publication's in-text citation label. */
  label: string;
  /** Publications only: the label drawn beside the node, first author and year ("Leamy 2011"). */
  shortLabel?: string;
  /** Full name: a taxonomy item's title, a publication's title. */
  title: string;
  /** The node's page on the site. */
  href: string;
  /** Position among the nodes of its type, from 0. */
  order: number;
  /** One sentence: a taxonomy item's summary, a publication's annotation summary. */
  summary?: string;
  /** Publications only: year of publication. */
  year?: number;
  /** Publications only: id of the study type (content/taxonomy/study-types.yaml). */
  studyType?: string;
  /** Publications only: the APA 7 reference as plain text. */
  reference?: string;
  /** Publications only: the DOI address. */
  doi?: string;
}

/** A relation: `source` and `target` are node ids. */
export interface GraphEdge {
  source: string;
  target: string;
  type: GraphEdgeType;
}

/** A node with its position from the build-time layout. */
export interface PositionedNode extends GraphNode {
  x: number;
  y: number;
}

/** The document published at /graph.json (its schema is described in the README). */
export interface EvidenceGraph {
  /** Bumped when a field changes meaning. */
  version: 1;
  /** How the positions were computed, so that anyone can reproduce them. */
  layout: { seed: number; ticks: number };
  /** Every study type, in the order of content/taxonomy/study-types.yaml. */
  studyTypes: { id: string; title: string }[];
  nodes: PositionedNode[];
  edges: GraphEdge[];
  /** Publications with no tag at all, left out of the graph (they have nothing to connect to). */
  unlinkedPublications: number;
}

/** The node id of a taxonomy item or a publication (`nodeId('publication', 'leamy2011conceptual')` is `pub:leamy2011conceptual`). */
export function nodeId(type: GraphNodeType, id: string): string {
  return `${type === PUBLICATION_KIND.kind ? 'pub' : type}:${id}`;
}

/** The graph as the /graph/ page's explorer holds it: graph.json, the node kinds the page declares and its study types' marks (SVG paths on a 16 × 16 grid). */
export type ExplorerGraph = EvidenceGraph & { kinds: NodeKind[]; marks: { id: string; path: string }[] };

/** A node kind by name; an unknown name is drawn as a publication is, so a drawing never fails on it. */
export function kindOf(kinds: readonly NodeKind[], type: GraphNodeType): NodeKind {
  return kinds.find((kind) => kind.kind === type) ?? PUBLICATION_KIND;
}
