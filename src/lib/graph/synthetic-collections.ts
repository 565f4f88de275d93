import { randomLcg } from 'd3-random';
import type { GraphInput, TaxonomyInput } from './build-graph.ts';
import { FIXTURE_KINDS } from './fixture-collections.ts';

const items = (prefix: string, ids: string[], href: string): TaxonomyInput[] => ids.map((id) => ({ id, title: `${prefix} ${id}`, href: `${href}${id}/` }));

/** Study types the synthetic publications are spread over. */
export const SYNTHETIC_STUDY_TYPES = ['systematic-review', 'qualitative', 'survey', 'trial', 'protocol', 'measure-development'];

/**
 * Collections shaped like the real ones (4 stages, 5 CHIME processes, 4 components, 4 intervention
 * parts) with `count` made-up publications tagged at random, for measuring the graph at scale.
 * The same count and seed always give the same collections.
 */
export function generateSyntheticCollections(count: number, seed = 1): GraphInput {
  const random = randomLcg(seed);
  const pick = <T>(from: T[], most: number, least = 0): T[] => {
    const chosen = new Set<T>();
    const wanted = least + Math.floor(random() * (most - least + 1));
    while (chosen.size < Math.min(wanted, from.length)) chosen.add(from[Math.floor(random() * from.length)] as T);
    return [...chosen];
  };
  const stages = ['theory', 'model', 'intervention', 'learning'];
  const chime = ['connectedness', 'hope', 'identity', 'meaning', 'empowerment'];
  const components = ['personally-defined-recovery', 'working-relationships', 'citizenship', 'organisational-commitment'];
  const practices = ['coaching', 'values-preferences', 'strengths', 'goal-striving'];
  return {
    dimensions: [
      { kind: FIXTURE_KINDS.stage, items: items('Stage', stages, '/evidence/').map((item) => ({ ...item, shortTitle: item.id })) },
      { kind: FIXTURE_KINDS.chime, items: items('CHIME', chime, '/chime/') },
      { kind: FIXTURE_KINDS.component, items: items('Component', components, '/best-practice/') },
      {
        kind: FIXTURE_KINDS.practice,
        items: items('Practice', practices, '/intervention/').map((item, index) => ({
          ...item,
          references: [{ kind: 'component', ids: [components[index === 0 ? 1 : 0] ?? ''] }],
        })),
      },
    ],
    publications: Array.from({ length: count }, (_, index) => {
      const year = 2009 + Math.floor(random() * 13);
      return {
        key: `synthetic${index}`,
        label: `Author ${index}, ${year}`,
        firstAuthor: `Author ${index}`,
        title: `Synthetic publication ${index}`,
        href: `/publications/synthetic${index}/`,
        year,
        studyType: SYNTHETIC_STUDY_TYPES[Math.floor(random() * SYNTHETIC_STUDY_TYPES.length)] ?? 'trial',
        tags: { stage: pick(stages, 2, 1), chime: pick(chime, 3), component: pick(components, 2), practice: pick(practices, 2) },
      };
    }),
  };
}
