/** The kinds of node in the evidence graph, in the order they are listed and laid out. */
export const NODE_TYPES = ['stage', 'chime', 'component', 'practice', 'publication'] as const;

/** A kind of node: an MRC stage, a CHIME process, a best-practice component, an intervention part or a publication. */
export type GraphNodeType = (typeof NODE_TYPES)[number];

/** What readers call each kind of node, singular and plural. */
export const NODE_TYPE_LABELS: Record<GraphNodeType, { singular: string; plural: string }> = {
  stage: { singular: 'MRC stage', plural: 'MRC stages' },
  chime: { singular: 'CHIME process', plural: 'CHIME processes' },
  component: { singular: 'Best-practice component', plural: 'Best-practice components' },
  practice: { singular: 'Intervention part', plural: 'Intervention parts' },
  publication: { singular: 'Publication', plural: 'Publications' },
};

/** The kinds of relation, each read "source … target". */
export const EDGE_TYPE_LABELS = {
  'publication-stage': 'is evidence for the stage',
  'publication-chime': 'concerns the CHIME process',
  'publication-component': 'concerns the best-practice component',
  'publication-practice': 'concerns the intervention part',
  'practice-component': 'serves the best-practice component',
  'stage-stage': 'is followed by the stage',
} as const;

/** A kind of relation between two nodes. */
export type GraphEdgeType = keyof typeof EDGE_TYPE_LABELS;

/** One node of the graph, before layout. */
export interface GraphNode {
  /** `<type prefix>:<id>`: `stage:theory`, `chime:hope`, `component:citizenship`, `practice:coaching`, `pub:<citation key>`. */
  id: string;
  type: GraphNodeType;
  /** Short name for the drawing: a stage's short title, a publication's in-text citation label. */
  label: string;
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

/** The id prefix of each kind of node. */
export const NODE_ID_PREFIX: Record<GraphNodeType, string> = {
  stage: 'stage', chime: 'chime', component: 'component', practice: 'practice', publication: 'pub',
};

/** The node id of a taxonomy item or a publication (`nodeId('publication', 'leamy2011conceptual')` is `pub:leamy2011conceptual`). */
export function nodeId(type: GraphNodeType, id: string): string {
  return `${NODE_ID_PREFIX[type]}:${id}`;
}
