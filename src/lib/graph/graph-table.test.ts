import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph.ts';
import { tableNodes } from './graph-table.ts';
import { generateSyntheticCollections } from './synthetic-collections.ts';

describe('tableNodes', () => {
  const graph = buildGraph(generateSyntheticCollections(30));
  const framework = graph.nodes.filter((node) => node.type !== 'publication');

  it('lists every node of a graph within the limit', () => {
    expect(tableNodes(graph.nodes, 30)).toEqual({ listed: graph.nodes, publications: 30, partial: false });
  });

  it('lists every framework item and the first publications of a larger graph, in graph order', () => {
    const { listed, publications, partial } = tableNodes(graph.nodes, 10);
    expect(partial).toBe(true);
    expect(publications).toBe(30);
    expect(listed.filter((node) => node.type !== 'publication')).toEqual(framework);
    expect(listed.filter((node) => node.type === 'publication')).toEqual(graph.nodes.filter((node) => node.type === 'publication').slice(0, 10));
  });
});
