import { publicationHref } from '../lib/site/publication-slug.ts';
import { describePublication } from '../lib/csl/describe-publication.ts';
import { buildGraph } from '../lib/graph/build-graph.ts';
import type { EvidenceGraph } from '../lib/graph/graph-types.ts';
import { layoutGraph, layoutOptionsFor } from '../lib/graph/layout-graph.ts';
import { getPublications } from './publications.ts';
import { getTaxonomy, listItems } from './taxonomy.ts';

let cached: Promise<EvidenceGraph> | undefined;

/**
 * The evidence graph of the whole site with its build-time layout, read once per build; a dangling
 * edge fails the build naming the node id.
 */
export function getEvidenceGraph(): Promise<EvidenceGraph> {
  cached ??= (async () => {
    const [taxonomy, publications] = await Promise.all([getTaxonomy(), getPublications()]);
    const summaries = (entries: { id: string; data: { summary: string; shortTitle?: string } }[]) => new Map(entries.map((entry) => [entry.id, entry.data]));
    const withData = (dimension: 'stages' | 'chime' | 'components' | 'practices') => {
      const data = summaries(taxonomy[dimension]);
      return listItems(taxonomy, dimension).map((item) => ({ ...item, summary: data.get(item.id)?.summary, shortTitle: data.get(item.id)?.shortTitle }));
    };
    const practiceComponents = new Map(taxonomy.practices.map((entry) => [entry.id, entry.data.components]));
    const graph = buildGraph({
      stages: withData('stages'),
      chime: withData('chime'),
      components: withData('components'),
      practices: withData('practices').map((item) => ({ ...item, components: practiceComponents.get(item.id) ?? [] })),
      publications: publications.map((record) => {
        const annotation = taxonomy.annotations.get(record.key);
        const facts = describePublication(record.item, record.authorsTruncated);
        const year = Number.parseInt(facts.year, 10);
        return {
          key: record.key, label: record.citationLabel, title: facts.title, href: publicationHref(record.key),
          ...(Number.isNaN(year) ? {} : { year }), ...(facts.doiUrl ? { doi: facts.doiUrl } : {}),
          reference: record.references.apa.text,
          studyType: annotation?.studyType, summary: annotation?.summary,
          stages: annotation?.stages ?? [], chime: annotation?.chime ?? [], components: annotation?.components ?? [], practices: annotation?.practices ?? [],
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
