import { nodeId, PUBLICATION_KIND, type GraphEdge, type GraphNode, type NodeKind } from './graph-types.ts';
import { shortPublicationLabels } from './short-label.ts';

/** A taxonomy item as the graph needs it. */
export interface TaxonomyInput {
  id: string;
  title: string;
  /** A short name for the drawing; the title when absent. */
  shortTitle?: string | undefined;
  href: string;
  summary?: string | undefined;
  /** Items of other dimensions this item names in a `references` field: an edge to each. */
  references?: { kind: string; ids: string[] }[];
}

/** A publication with its annotation, as the graph needs it. */
export interface PublicationInput {
  key: string;
  /** In-text citation label ("Leamy et al., 2011"). */
  label: string;
  /** The first author's name as cited in text ("Leamy"), for the drawing's short label; none for a work without an author. */
  firstAuthor?: string | undefined;
  title: string;
  href: string;
  year?: number;
  studyType?: string | undefined;
  reference?: string;
  doi?: string;
  /** The annotation's one-sentence summary. */
  summary?: string | undefined;
  /** The ids of the items it is tagged with, by node kind. */
  tags: Record<string, string[]>;
}

/** One dimension of the framework: how its nodes look and its items in their reading order. */
export interface DimensionInput {
  kind: NodeKind;
  items: TaxonomyInput[];
}

/** Everything the graph is built from: the dimensions in the framework's order, publications newest first. */
export interface GraphInput {
  dimensions: DimensionInput[];
  publications: PublicationInput[];
}

function taxonomyNodes({ kind, items }: DimensionInput): GraphNode[] {
  return items.map((item, order) => ({
    id: nodeId(kind.kind, item.id),
    type: kind.kind,
    label: item.shortTitle ?? item.title,
    title: item.title,
    href: item.href,
    order,
    ...(item.summary ? { summary: item.summary } : {}),
  }));
}

function publicationNode(publication: PublicationInput, order: number, shortLabel: string): GraphNode {
  const { key, label, title, href, year, studyType, reference, doi, summary } = publication;
  return {
    id: nodeId(PUBLICATION_KIND.kind, key),
    type: PUBLICATION_KIND.kind,
    label,
    shortLabel,
    title,
    href,
    order,
    ...(summary ? { summary } : {}),
    ...(year === undefined ? {} : { year }),
    ...(studyType ? { studyType } : {}),
    ...(reference ? { reference } : {}),
    ...(doi ? { doi } : {}),
  };
}

/** Sequence edges (each item of a fixed row to the next), then reference edges, then each publication's tags. */
function buildEdges(input: GraphInput): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const { kind, items } of input.dimensions) {
    if (!kind.fixedRow) continue;
    items.slice(1).forEach((item, index) => {
      edges.push({ source: nodeId(kind.kind, items[index]?.id ?? ''), target: nodeId(kind.kind, item.id), type: `${kind.kind}-${kind.kind}` });
    });
  }
  for (const { kind, items } of input.dimensions) {
    for (const item of items) {
      for (const reference of item.references ?? []) {
        for (const id of reference.ids) edges.push({ source: nodeId(kind.kind, item.id), target: nodeId(reference.kind, id), type: `${kind.kind}-${reference.kind}` });
      }
    }
  }
  for (const publication of input.publications) {
    for (const { kind } of input.dimensions) {
      for (const id of publication.tags[kind.kind] ?? [])
        edges.push({ source: nodeId(PUBLICATION_KIND.kind, publication.key), target: nodeId(kind.kind, id), type: `publication-${kind.kind}` });
    }
  }
  return edges;
}

/**
 * Finds every edge whose end is not a node and every id used twice; one line each, naming the node id,
 * the edge and the fix.
 */
export function findGraphProblems(nodes: GraphNode[], edges: GraphEdge[], kinds: NodeKind[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const singular = (type: string) => kinds.find((kind) => kind.kind === type)?.singular ?? type;
  for (const node of nodes) {
    if (ids.has(node.id)) problems.push(`the node id "${node.id}" is used twice. Fix: give each ${singular(node.type).toLowerCase()} its own id.`);
    ids.add(node.id);
  }
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      if (!ids.has(end))
        problems.push(
          `the ${edge.type} edge from "${edge.source}" to "${edge.target}" points to "${end}", which is not a node. Fix: correct the id "${end.slice(end.indexOf(':') + 1)}" where "${edge.source}" is tagged, or add the missing item.`,
        );
    }
  }
  return problems;
}

/** True when the publication is tagged with at least one item of any dimension. */
function isLinked(publication: PublicationInput, input: GraphInput): boolean {
  return input.dimensions.some(({ kind }) => (publication.tags[kind.kind]?.length ?? 0) > 0);
}

/**
 * Turns the framework's items and the annotated publications into the evidence graph's nodes and
 * typed edges, with the node kinds in drawing order (the dimensions', then the publications').
 * A publication without any tag (any .bib entry the site has no annotation for) would be a dot with
 * no connection: it is left out of the graph and counted in `unlinkedPublications` (it is still
 * listed, searchable and citable). Throws once, listing every dangling edge and duplicate id, so
 * /graph.json never holds a broken link.
 */
export function buildGraph(input: GraphInput): { nodes: GraphNode[]; edges: GraphEdge[]; unlinkedPublications: number; kinds: NodeKind[] } {
  const linked = input.publications.filter((publication) => isLinked(publication, input));
  const unlinked = input.publications.length - linked.length;
  input = { ...input, publications: linked };
  const kinds = [...input.dimensions.map((dimension) => dimension.kind), PUBLICATION_KIND];
  const shortLabels = shortPublicationLabels(input.publications);
  const nodes = [
    ...input.dimensions.flatMap(taxonomyNodes),
    ...input.publications.map((publication, order) => publicationNode(publication, order, shortLabels.get(publication.key) ?? publication.label)),
  ];
  const edges = buildEdges(input);
  const problems = findGraphProblems(nodes, edges, kinds);
  if (problems.length > 0) throw new Error(`The evidence graph has ${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  return { nodes, edges, unlinkedPublications: unlinked, kinds };
}
