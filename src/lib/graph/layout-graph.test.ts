import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph.ts';
import { SMALL_COLLECTIONS } from './fixture-collections.ts';
import { DEFAULT_LAYOUT, layoutGraph, layoutOptionsFor } from './layout-graph.ts';

const graph = buildGraph(SMALL_COLLECTIONS);

describe('layoutGraph', () => {
  it('gives every node a finite position', () => {
    const positions = layoutGraph(graph);
    expect([...positions.keys()]).toEqual(graph.nodes.map((node) => node.id));
    for (const { x, y } of positions.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it('gives the same coordinates for the same input and seed', () => {
    expect(layoutGraph(buildGraph(SMALL_COLLECTIONS))).toEqual(layoutGraph(graph));
  });

  it('gives different coordinates for another seed', () => {
    const other = layoutGraph(graph, { ...DEFAULT_LAYOUT, seed: DEFAULT_LAYOUT.seed + 1 });
    expect(other).not.toEqual(layoutGraph(graph));
  });

  it('keeps the stages in a row, in MRC order, with CHIME above and best practice below', () => {
    const positions = layoutGraph(graph);
    const at = (id: string) => positions.get(id) ?? { x: NaN, y: NaN };
    expect(at('stage:theory').y).toBe(0);
    expect(at('stage:model').y).toBe(0);
    expect(at('stage:theory').x).toBeLessThan(at('stage:model').x);
    expect(at('chime:hope').y).toBeLessThan(0);
    expect(at('component:citizenship').y).toBeGreaterThan(0);
  });

  it('takes the full 300 steps up to 2,000 nodes and proportionally fewer (at least 60) beyond', () => {
    expect(layoutOptionsFor(40)).toEqual(DEFAULT_LAYOUT);
    expect(layoutOptionsFor(2000).ticks).toBe(300);
    expect(layoutOptionsFor(4000).ticks).toBe(150);
    expect(layoutOptionsFor(100_000).ticks).toBe(60);
  });
});
