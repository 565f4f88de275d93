import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph.ts';
import { indexNeighbours } from './graph-filter.ts';
import { tableNodes } from './graph-table.ts';
import { generateSyntheticCollections } from './synthetic-collections.ts';

describe('tableNodes', () => {
  const graph = buildGraph(generateSyntheticCollections(30));
  const neighbours = indexNeighbours(graph.edges);
  const framework = graph.nodes.filter((node) => node.type !== 'publication');

  it('lists every node of a graph within the limit, with all its connections', () => {
    const table = tableNodes(graph.nodes, neighbours, 30);
    expect(table).toMatchObject({ listed: graph.nodes, publications: 30, partial: false });
    for (const node of graph.nodes) expect(table.connections(node.id)).toEqual({ shown: neighbours.get(node.id) ?? [], omitted: 0 });
  });

  it('lists every framework item and the first publications of a larger graph, with connections among them only', () => {
    const table = tableNodes(graph.nodes, neighbours, 10);
    expect(table.partial).toBe(true);
    expect(table.publications).toBe(30);
    expect(table.listed.filter((node) => node.type !== 'publication')).toEqual(framework);
    const listedPublications = graph.nodes.filter((node) => node.type === 'publication').slice(0, 10);
    expect(table.listed.filter((node) => node.type === 'publication')).toEqual(listedPublications);
    const listedIds = new Set(table.listed.map((node) => node.id));
    for (const node of framework) {
      const { shown, omitted } = table.connections(node.id);
      expect(shown.every((id) => listedIds.has(id))).toBe(true);
      expect(shown.length + omitted).toBe(neighbours.get(node.id)?.length ?? 0);
    }
    expect(framework.some((node) => table.connections(node.id).omitted > 0)).toBe(true);
  });
});
