import type { GraphInput } from './build-graph.ts';
import type { NodeKind } from './graph-types.ts';

/**
 * Node kinds shaped like a four-dimension framework (a fixed row of stages, processes above, two
 * kinds below), for tests and the bench; the site's own come from content/framework.yaml.
 */
export const FIXTURE_KINDS = {
  stage: { kind: 'stage', singular: 'MRC stage', plural: 'MRC stages', shape: 'square', colour: 'blue', radius: 16, minRadius: 7, band: 0, stagger: 0, fixedRow: true },
  chime: { kind: 'chime', singular: 'CHIME process', plural: 'CHIME processes', shape: 'diamond', colour: 'purple', radius: 12, minRadius: 6, band: -1, stagger: 0 },
  component: {
    kind: 'component',
    singular: 'Best-practice component',
    plural: 'Best-practice components',
    shape: 'hexagon',
    colour: 'green',
    radius: 12,
    minRadius: 6,
    band: 1,
    stagger: 0,
  },
  practice: {
    kind: 'practice',
    singular: 'Intervention part',
    plural: 'Intervention parts',
    shape: 'triangle',
    colour: 'orange',
    radius: 12,
    minRadius: 6,
    band: 1.7,
    stagger: 0.5,
  },
} as const satisfies Record<string, NodeKind>;

/** A taxonomy item with the usual address and summary. */
export const taxonomyItem = (id: string, title: string) => ({ id, title, href: `/${id}/`, summary: `About ${title}.` });

/** Two stages, two CHIME processes, two components, one practice and three publications. */
export const SMALL_COLLECTIONS: GraphInput = {
  dimensions: [
    {
      kind: FIXTURE_KINDS.stage,
      items: [
        { ...taxonomyItem('theory', 'Theory stage'), shortTitle: 'Theory' },
        { ...taxonomyItem('model', 'Model stage'), shortTitle: 'Model' },
      ],
    },
    { kind: FIXTURE_KINDS.chime, items: [taxonomyItem('hope', 'Hope'), taxonomyItem('identity', 'Identity')] },
    { kind: FIXTURE_KINDS.component, items: [taxonomyItem('citizenship', 'Citizenship'), taxonomyItem('working-relationships', 'Working relationships')] },
    { kind: FIXTURE_KINDS.practice, items: [{ ...taxonomyItem('coaching', 'Coaching'), references: [{ kind: 'component', ids: ['working-relationships'] }] }] },
  ],
  publications: [
    {
      key: 'review2011',
      label: 'Review et al., 2011',
      firstAuthor: 'Review',
      title: 'A review',
      href: '/publications/review2011/',
      year: 2011,
      studyType: 'systematic-review',
      tags: { stage: ['theory'], chime: ['hope', 'identity'] },
    },
    {
      key: 'trial2015',
      label: 'Trial et al., 2015',
      firstAuthor: 'Trial',
      title: 'A trial',
      href: '/publications/trial2015/',
      year: 2015,
      studyType: 'trial',
      tags: { stage: ['model'], component: ['working-relationships'], practice: ['coaching'] },
    },
    { key: 'untagged2020', label: 'Other, 2020', title: 'Not annotated', href: '/publications/untagged2020/', tags: {} },
  ],
};
