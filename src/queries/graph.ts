import { publicationHref } from '../lib/site/publication-slug.ts';
import { citedName } from '../lib/csl/citation-labels.ts';
import { describePublication } from '../lib/csl/describe-publication.ts';
import { buildGraph, type DimensionInput } from '../lib/graph/build-graph.ts';
import { PUBLICATION_KIND, type EvidenceGraph, type NodeKind } from '../lib/graph/graph-types.ts';
import { layoutGraph, layoutOptionsFor } from '../lib/graph/layout-graph.ts';
import type { Dimension } from '../schemas/framework.ts';
import { FRAMEWORK, getDimension } from './framework.ts';
import { getPublications } from './publications.ts';
import { getTaxonomy, itemsOf, listItems, studyTypeOf, tagsOf, type Taxonomy } from './taxonomy.ts';

/** How the graph names, draws and lays out a dimension's items (from its `graph` declaration). */
export function nodeKindOf(dimension: Dimension): NodeKind {
  const { kind, shape, band, stagger, radius, minRadius, sequence } = dimension.graph;
  return {
    kind,
    singular: dimension.labels.singular,
    plural: dimension.labels.plural,
    shape,
    colour: dimension.colour,
    radius,
    minRadius,
    band,
    stagger,
    fixedRow: Boolean(sequence),
  };
}

/** Every node kind in drawing order: the dimensions', then the publications'. */
export const NODE_KINDS: NodeKind[] = [...FRAMEWORK.dimensions.map(nodeKindOf), PUBLICATION_KIND];

/** A dimension's items with what the graph shows of them, and the items their `references` fields name. */
function dimensionInput(taxonomy: Taxonomy, dimension: Dimension): DimensionInput {
  const entries = new Map(itemsOf(taxonomy, dimension).map((entry) => [entry.id, entry.data]));
  const labelField = Object.entries(dimension.fields).find(([, field]) => field.type === 'string' && field.graphLabel)?.[0];
  const references = Object.entries(dimension.fields).flatMap(([name, field]) => (field.type === 'references' ? [{ name, kind: getDimension(field.dimension).graph.kind }] : []));
  return {
    kind: nodeKindOf(dimension),
    items: listItems(taxonomy, dimension).map((item) => {
      const data = entries.get(item.id);
      return {
        ...item,
        summary: data?.summary,
        shortTitle: labelField ? (data?.[labelField] as string | undefined) : undefined,
        ...(references.length > 0 ? { references: references.map(({ name, kind }) => ({ kind, ids: (data?.[name] as string[] | undefined) ?? [] })) } : {}),
      };
    }),
  };
}

let cached: Promise<EvidenceGraph> | undefined;

/**
 * The evidence graph of the whole site with its build-time layout, read once per build; a dangling
 * edge fails the build naming the node id.
 */
export function getEvidenceGraph(): Promise<EvidenceGraph> {
  cached ??= (async () => {
    const [taxonomy, publications] = await Promise.all([getTaxonomy(), getPublications()]);
    const graph = buildGraph({
      dimensions: FRAMEWORK.dimensions.map((dimension) => dimensionInput(taxonomy, dimension)),
      publications: publications.map((record) => {
        const annotation = taxonomy.annotations.get(record.key);
        const facts = describePublication(record.item, record.authorsTruncated);
        const year = Number.parseInt(facts.year, 10);
        const firstName = (record.item.author?.length ? record.item.author : record.item.editor)?.[0];
        return {
          key: record.key,
          label: record.citationLabel,
          firstAuthor: firstName && citedName(firstName),
          title: facts.title,
          href: publicationHref(record.key),
          ...(Number.isNaN(year) ? {} : { year }),
          ...(facts.doiUrl ? { doi: facts.doiUrl } : {}),
          reference: record.references.apa.text,
          studyType: studyTypeOf(annotation),
          summary: annotation?.summary,
          tags: Object.fromEntries(FRAMEWORK.dimensions.map((dimension) => [dimension.graph.kind, tagsOf(annotation, dimension)])),
        };
      }),
    });
    const layout = layoutOptionsFor(graph.nodes.length);
    const positions = layoutGraph(graph, layout);
    return {
      version: 1,
      layout,
      studyTypes: taxonomy.studyTypes.map((entry) => ({ id: entry.id, title: entry.data.title })),
      nodes: graph.nodes.map((node) => ({ ...node, ...(positions.get(node.id) ?? { x: 0, y: 0 }) })),
      edges: graph.edges,
      unlinkedPublications: graph.unlinkedPublications,
    };
  })();
  return cached;
}
