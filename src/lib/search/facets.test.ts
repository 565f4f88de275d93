import { expect, it } from 'vitest';
import { listFacets } from './facets.ts';

it('lists content type, one facet per dimension in order, the study type, then year', () => {
  const framework = {
    dimensions: [
      { facet: 'phase', labels: { singular: 'Phase' } },
      { facet: 'setting', labels: { singular: 'Care setting' } },
    ],
    studyTypes: { facet: 'study', label: 'Study type' },
  };
  expect(listFacets(framework)).toEqual([
    { name: 'type', label: 'Content type' },
    { name: 'phase', label: 'Phase' },
    { name: 'setting', label: 'Care setting' },
    { name: 'study', label: 'Study type' },
    { name: 'year', label: 'Year' },
  ]);
});
