import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph.ts';
import { SMALL_COLLECTIONS } from './fixture-collections.ts';
import { indexNeighbours, nodesWithin, searchNodes, visibleNodeIds } from './graph-filter.ts';
import { defaultGraphState } from './graph-state.ts';

const DEFAULT_GRAPH_STATE = defaultGraphState(['stage', 'chime', 'component', 'practice', 'publication']);
const { nodes, edges } = buildGraph(SMALL_COLLECTIONS);
const neighbours = indexNeighbours(edges);
const sorted = (ids: Set<string>) => [...ids].sort();

describe('graph filters', () => {
  it('indexes neighbours in both directions', () => {
    expect(neighbours.get('stage:theory')).toEqual(['stage:model', 'pub:review2011']);
    expect(neighbours.get('pub:review2011')).toEqual(['stage:theory', 'chime:hope', 'chime:identity']);
  });

  it('finds the nodes within one and two steps', () => {
    expect(sorted(nodesWithin(neighbours, 'chime:hope', 1))).toEqual(['chime:hope', 'pub:review2011']);
    expect(sorted(nodesWithin(neighbours, 'chime:hope', 2))).toEqual(['chime:hope', 'chime:identity', 'pub:review2011', 'stage:theory']);
  });

  it('shows everything by default and filters by kind, study type and year', () => {
    expect(visibleNodeIds(nodes, neighbours, DEFAULT_GRAPH_STATE).size).toBe(nodes.length);
    expect(sorted(visibleNodeIds(nodes, neighbours, { ...DEFAULT_GRAPH_STATE, types: ['publication'] }))).toEqual(['pub:review2011', 'pub:trial2015']);
    expect(sorted(visibleNodeIds(nodes, neighbours, { ...DEFAULT_GRAPH_STATE, types: ['publication'], study: 'trial' }))).toEqual(['pub:trial2015']);
    expect(sorted(visibleNodeIds(nodes, neighbours, { ...DEFAULT_GRAPH_STATE, types: ['publication', 'stage'], from: 2012, to: 2016 }))).toEqual([
      'pub:trial2015',
      'stage:model',
      'stage:theory',
    ]);
  });

  it('limits a local view to the selected node’s neighbourhood, always keeping the node itself', () => {
    expect(sorted(visibleNodeIds(nodes, neighbours, { ...DEFAULT_GRAPH_STATE, node: 'pub:review2011', depth: 1 }))).toEqual([
      'chime:hope',
      'chime:identity',
      'pub:review2011',
      'stage:theory',
    ]);
    expect(sorted(visibleNodeIds(nodes, neighbours, { ...DEFAULT_GRAPH_STATE, node: 'pub:review2011', depth: 1, types: ['chime'] }))).toEqual([
      'chime:hope',
      'chime:identity',
      'pub:review2011',
    ]);
  });

  it('searches labels, titles and keys, ignoring case and accents', () => {
    expect(sorted(searchNodes(nodes, 'TRIAL'))).toEqual(['pub:trial2015']);
    expect(sorted(searchNodes(nodes, 'a revíew'))).toEqual(['pub:review2011']);
    expect(searchNodes(nodes, '  ').size).toBe(0);
  });
});
