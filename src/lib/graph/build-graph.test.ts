import { describe, expect, it } from 'vitest';
import { buildGraph, findGraphProblems, type GraphInput } from './build-graph.ts';
import { FIXTURE_KINDS, SMALL_COLLECTIONS, taxonomyItem as item } from './fixture-collections.ts';

describe('buildGraph', () => {
  it('makes one node per taxonomy item and tagged publication, and one typed edge per tag', () => {
    const graph = buildGraph(SMALL_COLLECTIONS);
    expect(graph.nodes.map((node) => node.id)).toEqual([
      'stage:theory',
      'stage:model',
      'chime:hope',
      'chime:identity',
      'component:citizenship',
      'component:working-relationships',
      'practice:coaching',
      'pub:review2011',
      'pub:trial2015',
    ]);
    expect(graph.unlinkedPublications).toBe(1);
    expect(graph.edges).toEqual([
      { source: 'stage:theory', target: 'stage:model', type: 'stage-stage' },
      { source: 'practice:coaching', target: 'component:working-relationships', type: 'practice-component' },
      { source: 'pub:review2011', target: 'stage:theory', type: 'publication-stage' },
      { source: 'pub:review2011', target: 'chime:hope', type: 'publication-chime' },
      { source: 'pub:review2011', target: 'chime:identity', type: 'publication-chime' },
      { source: 'pub:trial2015', target: 'stage:model', type: 'publication-stage' },
      { source: 'pub:trial2015', target: 'component:working-relationships', type: 'publication-component' },
      { source: 'pub:trial2015', target: 'practice:coaching', type: 'publication-practice' },
    ]);
  });

  it('keeps what the panel and the map need on each node', () => {
    const [theory] = buildGraph(SMALL_COLLECTIONS).nodes;
    expect(theory).toEqual({ id: 'stage:theory', type: 'stage', label: 'Theory', title: 'Theory stage', href: '/theory/', order: 0, summary: 'About Theory stage.' });
    const trial = buildGraph(SMALL_COLLECTIONS).nodes.find((node) => node.id === 'pub:trial2015');
    expect(trial).toEqual({
      id: 'pub:trial2015',
      type: 'publication',
      label: 'Trial et al., 2015',
      shortLabel: 'Trial 2015',
      title: 'A trial',
      href: '/publications/trial2015/',
      order: 1,
      year: 2015,
      studyType: 'trial',
    });
  });

  it('leaves no dangling edge', () => {
    const graph = buildGraph(SMALL_COLLECTIONS);
    expect(findGraphProblems(graph.nodes, graph.edges, graph.kinds)).toEqual([]);
  });

  it('fails once, naming every node id an edge points to that does not exist', () => {
    const broken: GraphInput = {
      dimensions: [
        ...SMALL_COLLECTIONS.dimensions.slice(0, 3),
        { kind: FIXTURE_KINDS.practice, items: [{ ...item('coaching', 'Coaching'), references: [{ kind: 'component', ids: ['partnership'] }] }] },
      ],
      publications: [{ ...SMALL_COLLECTIONS.publications[0]!, tags: { chime: ['hopee'] } }],
    };
    expect(() => buildGraph(broken)).toThrow(
      'The evidence graph has 2 problem(s):\n' +
        '  - the practice-component edge from "practice:coaching" to "component:partnership" points to "component:partnership", which is not a node. Fix: correct the id "partnership" where "practice:coaching" is tagged, or add the missing item.\n' +
        '  - the publication-chime edge from "pub:review2011" to "chime:hopee" points to "chime:hopee", which is not a node. Fix: correct the id "hopee" where "pub:review2011" is tagged, or add the missing item.',
    );
  });

  it('builds whatever dimensions it is given, with their kinds and the publications last', () => {
    const phase = { kind: 'phase', singular: 'Phase', plural: 'Phases', shape: 'square', colour: 'teal', radius: 12, minRadius: 6, band: 0, fixedRow: true };
    const graph = buildGraph({
      dimensions: [{ kind: phase, items: [item('pilot', 'Pilot'), item('scale-up', 'Scale-up')] }],
      publications: [{ key: 'a2020', label: 'A, 2020', title: 'A', href: '/publications/a2020/', tags: { phase: ['pilot'] } }],
    });
    expect(graph.kinds.map((kind) => kind.kind)).toEqual(['phase', 'publication']);
    expect(graph.edges).toEqual([
      { source: 'phase:pilot', target: 'phase:scale-up', type: 'phase-phase' },
      { source: 'pub:a2020', target: 'phase:pilot', type: 'publication-phase' },
    ]);
  });

  it('names an id used twice', () => {
    const twice: GraphInput = {
      ...SMALL_COLLECTIONS,
      dimensions: SMALL_COLLECTIONS.dimensions.map((dimension) =>
        dimension.kind.kind === 'chime' ? { ...dimension, items: [item('hope', 'Hope'), item('hope', 'Hope again')] } : dimension,
      ),
    };
    expect(() => buildGraph(twice)).toThrow('the node id "chime:hope" is used twice. Fix: give each chime process its own id.');
  });
});
