import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/build-graph.ts';
import { SMALL_COLLECTIONS } from '../graph/fixture-collections.ts';
import { buildEvidenceMap, largestCellCount } from './build-map.ts';

const graph = { ...buildGraph(SMALL_COLLECTIONS), studyTypes: [{ id: 'systematic-review' }, { id: 'trial' }] };
const SPECS = {
  chime: { view: 'chime', label: 'CHIME processes', rowType: 'stage', columnType: 'chime' },
  components: { view: 'components', label: 'Best-practice components', rowType: 'stage', columnType: 'component' },
  practices: { view: 'practices', label: 'Intervention parts', rowType: 'stage', columnType: 'practice' },
};
const summarise = (view: keyof typeof SPECS) =>
  buildEvidenceMap(graph, SPECS[view])
    .cells.flat()
    .map((cell) => [cell.id, cell.publications.map((publication) => publication.id), cell.mix]);

describe('buildEvidenceMap', () => {
  it('crosses the stages with the CHIME processes, in order', () => {
    const map = buildEvidenceMap(graph, SPECS.chime);
    expect(map.rows.map((row) => row.id)).toEqual(['stage:theory', 'stage:model']);
    expect(map.columns.map((column) => column.id)).toEqual(['chime:hope', 'chime:identity']);
    expect(summarise('chime')).toEqual([
      ['theory--hope', ['pub:review2011'], [{ studyType: 'systematic-review', count: 1 }]],
      ['theory--identity', ['pub:review2011'], [{ studyType: 'systematic-review', count: 1 }]],
      ['model--hope', [], []],
      ['model--identity', [], []],
    ]);
  });

  it('puts a publication only where both its stage and its item meet', () => {
    expect(summarise('components')).toEqual([
      ['theory--citizenship', [], []],
      ['theory--working-relationships', [], []],
      ['model--citizenship', [], []],
      ['model--working-relationships', ['pub:trial2015'], [{ studyType: 'trial', count: 1 }]],
    ]);
    expect(summarise('practices')).toEqual([
      ['theory--coaching', [], []],
      ['model--coaching', ['pub:trial2015'], [{ studyType: 'trial', count: 1 }]],
    ]);
  });

  it('finds the fullest cell across every view, for the bubbles’ shared scale', () => {
    const maps = (['chime', 'components', 'practices'] as const).map((view) => buildEvidenceMap(graph, SPECS[view]));
    expect(largestCellCount(maps)).toBe(1);
    expect(largestCellCount([])).toBe(0);
  });
});
