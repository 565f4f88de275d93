import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph.ts';
import { generateSyntheticCollections } from './synthetic-collections.ts';

describe('generateSyntheticCollections', () => {
  it('makes the asked number of publications, each on at least one stage, reproducibly', () => {
    const collections = generateSyntheticCollections(500, 7);
    expect(collections.publications).toHaveLength(500);
    expect(collections.publications.every((publication) => (publication.tags.stage?.length ?? 0) >= 1)).toBe(true);
    expect(generateSyntheticCollections(500, 7)).toEqual(collections);
    const graph = buildGraph(collections);
    expect(graph.nodes).toHaveLength(500 + 17);
  });
});
