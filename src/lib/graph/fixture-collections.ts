import type { GraphInput } from './build-graph.ts';

/** A taxonomy item with the usual address and summary. */
export const taxonomyItem = (id: string, title: string) => ({ id, title, href: `/${id}/`, summary: `About ${title}.` });

/** Two stages, two CHIME processes, two components, one practice and three publications. */
export const SMALL_COLLECTIONS: GraphInput = {
  stages: [{ ...taxonomyItem('theory', 'Theory stage'), shortTitle: 'Theory' }, { ...taxonomyItem('model', 'Model stage'), shortTitle: 'Model' }],
  chime: [taxonomyItem('hope', 'Hope'), taxonomyItem('identity', 'Identity')],
  components: [taxonomyItem('citizenship', 'Citizenship'), taxonomyItem('working-relationships', 'Working relationships')],
  practices: [{ ...taxonomyItem('coaching', 'Coaching'), components: ['working-relationships'] }],
  publications: [
    { key: 'review2011', label: 'Review et al., 2011', title: 'A review', href: '/publications/review2011/', year: 2011, studyType: 'systematic-review', stages: ['theory'], chime: ['hope', 'identity'], components: [], practices: [] },
    { key: 'trial2015', label: 'Trial et al., 2015', title: 'A trial', href: '/publications/trial2015/', year: 2015, studyType: 'trial', stages: ['model'], chime: [], components: ['working-relationships'], practices: ['coaching'] },
    { key: 'untagged2020', label: 'Other, 2020', title: 'Not annotated', href: '/publications/untagged2020/', stages: [], chime: [], components: [], practices: [] },
  ],
};
