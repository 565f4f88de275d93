import { describe, expect, it } from 'vitest';
import { buildGraph, findGraphProblems, type GraphInput } from './build-graph.ts';
import { SMALL_COLLECTIONS, taxonomyItem as item } from './fixture-collections.ts';

describe('buildGraph', () => {
  it('makes one node per taxonomy item and tagged publication, and one typed edge per tag', () => {
    const graph = buildGraph(SMALL_COLLECTIONS);
    expect(graph.nodes.map((node) => node.id)).toEqual([
      'stage:theory', 'stage:model', 'chime:hope', 'chime:identity', 'component:citizenship', 'component:working-relationships',
      'practice:coaching', 'pub:review2011', 'pub:trial2015',
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
    expect(trial).toEqual({ id: 'pub:trial2015', type: 'publication', label: 'Trial et al., 2015', title: 'A trial', href: '/publications/trial2015/', order: 1, year: 2015, studyType: 'trial' });
  });

  it('leaves no dangling edge', () => {
    const graph = buildGraph(SMALL_COLLECTIONS);
    expect(findGraphProblems(graph.nodes, graph.edges)).toEqual([]);
  });

  it('fails once, naming every node id an edge points to that does not exist', () => {
    const broken: GraphInput = {
      ...SMALL_COLLECTIONS,
      practices: [{ ...item('coaching', 'Coaching'), components: ['partnership'] }],
      publications: [{ ...SMALL_COLLECTIONS.publications[0]!, chime: ['hopee'] }],
    };
    expect(() => buildGraph(broken)).toThrow(
      'The evidence graph has 2 problem(s):\n' +
        '  - the practice-component edge from "practice:coaching" to "component:partnership" points to "component:partnership", which is not a node. Fix: correct the id "partnership" where "practice:coaching" is tagged, or add the missing item.\n' +
        '  - the publication-chime edge from "pub:review2011" to "chime:hopee" points to "chime:hopee", which is not a node. Fix: correct the id "hopee" where "pub:review2011" is tagged, or add the missing item.',
    );
  });

  it('names an id used twice', () => {
    const twice: GraphInput = { ...SMALL_COLLECTIONS, chime: [item('hope', 'Hope'), item('hope', 'Hope again')] };
    expect(() => buildGraph(twice)).toThrow('the node id "chime:hope" is used twice. Fix: give each chime process its own id.');
  });
});
