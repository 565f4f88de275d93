import { NODE_TYPE_LABELS, nodeId, type GraphEdge, type GraphEdgeType, type GraphNode, type GraphNodeType } from './graph-types.ts';

/** A taxonomy item as the graph needs it. */
export interface TaxonomyInput {
  id: string;
  title: string;
  /** A short name for the drawing; the title when absent. */
  shortTitle?: string;
  href: string;
  summary?: string;
}

/** A publication with its annotation, as the graph needs it. */
export interface PublicationInput {
  key: string;
  /** In-text citation label ("Leamy et al., 2011"). */
  label: string;
  title: string;
  href: string;
  year?: number;
  studyType?: string;
  reference?: string;
  doi?: string;
  /** The annotation's one-sentence summary. */
  summary?: string;
  stages: string[];
  chime: string[];
  components: string[];
  practices: string[];
}

/** Everything the graph is built from, taxonomy items in their reading order, publications newest first. */
export interface GraphInput {
  stages: TaxonomyInput[];
  chime: TaxonomyInput[];
  components: TaxonomyInput[];
  practices: (TaxonomyInput & { components: string[] })[];
  publications: PublicationInput[];
}

const PUBLICATION_TAGS = [
  ['stages', 'stage', 'publication-stage'],
  ['chime', 'chime', 'publication-chime'],
  ['components', 'component', 'publication-component'],
  ['practices', 'practice', 'publication-practice'],
] as const satisfies readonly (readonly [keyof PublicationInput, GraphNodeType, GraphEdgeType])[];

function taxonomyNodes(type: GraphNodeType, items: TaxonomyInput[]): GraphNode[] {
  return items.map((item, order) => ({
    id: nodeId(type, item.id), type, label: item.shortTitle ?? item.title, title: item.title, href: item.href, order,
    ...(item.summary ? { summary: item.summary } : {}),
  }));
}

function publicationNode(publication: PublicationInput, order: number): GraphNode {
  const { key, label, title, href, year, studyType, reference, doi, summary } = publication;
  return {
    id: nodeId('publication', key), type: 'publication', label, title, href, order, ...(summary ? { summary } : {}),
    ...(year === undefined ? {} : { year }), ...(studyType ? { studyType } : {}), ...(reference ? { reference } : {}), ...(doi ? { doi } : {}),
  };
}

function buildEdges(input: GraphInput): GraphEdge[] {
  const edges: GraphEdge[] = [];
  input.stages.slice(1).forEach((stage, index) => {
    edges.push({ source: nodeId('stage', input.stages[index]?.id ?? ''), target: nodeId('stage', stage.id), type: 'stage-stage' });
  });
  for (const practice of input.practices) {
    for (const component of practice.components) edges.push({ source: nodeId('practice', practice.id), target: nodeId('component', component), type: 'practice-component' });
  }
  for (const publication of input.publications) {
    for (const [field, type, edgeType] of PUBLICATION_TAGS) {
      for (const id of publication[field]) edges.push({ source: nodeId('publication', publication.key), target: nodeId(type, id), type: edgeType });
    }
  }
  return edges;
}

/**
 * Finds every edge whose end is not a node and every id used twice; one line each, naming the node id,
 * the edge and the fix.
 */
export function findGraphProblems(nodes: GraphNode[], edges: GraphEdge[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const node of nodes) {
    if (ids.has(node.id)) problems.push(`the node id "${node.id}" is used twice. Fix: give each ${NODE_TYPE_LABELS[node.type].singular.toLowerCase()} its own id.`);
    ids.add(node.id);
  }
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      if (!ids.has(end)) problems.push(`the ${edge.type} edge from "${edge.source}" to "${edge.target}" points to "${end}", which is not a node. Fix: correct the id "${end.slice(end.indexOf(':') + 1)}" where "${edge.source}" is tagged, or add the missing item.`);
    }
  }
  return problems;
}

/** True when the publication is tagged with at least one stage, CHIME process, component or practice. */
function isLinked(publication: PublicationInput): boolean {
  return PUBLICATION_TAGS.some(([field]) => publication[field].length > 0);
}

/**
 * Turns the taxonomy and the annotated publications into the evidence graph's nodes and typed edges.
 * A publication without any tag (any .bib entry the site has no annotation for) would be a dot with
 * no connection: it is left out of the graph and counted in `unlinkedPublications` (it is still
 * listed, searchable and citable). Throws once, listing every dangling edge and duplicate id, so
 * /graph.json never holds a broken link.
 */
export function buildGraph(input: GraphInput): { nodes: GraphNode[]; edges: GraphEdge[]; unlinkedPublications: number } {
  const linked = input.publications.filter(isLinked);
  const unlinked = input.publications.length - linked.length;
  input = { ...input, publications: linked };
  const nodes = [
    ...taxonomyNodes('stage', input.stages), ...taxonomyNodes('chime', input.chime),
    ...taxonomyNodes('component', input.components), ...taxonomyNodes('practice', input.practices),
    ...input.publications.map(publicationNode),
  ];
  const edges = buildEdges(input);
  const problems = findGraphProblems(nodes, edges);
  if (problems.length > 0) throw new Error(`The evidence graph has ${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  return { nodes, edges, unlinkedPublications: unlinked };
}
