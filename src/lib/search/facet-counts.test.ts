import { describe, expect, it } from 'vitest';
import { appendUnsorted, mergeFacetCounts, planCountSearches as plan0 } from './facet-counts.ts';

const FACETS = ['type', 'stage', 'chime', 'component', 'practice', 'study', 'year'];
const planCountSearches = (filters: Record<string, string[]>) => plan0(filters, FACETS);

describe('planning the counting searches', () => {
  it('needs only the main search when nothing is chosen', () => {
    expect(planCountSearches({})).toEqual([{ facet: null, filters: {} }]);
  });

  it('adds one search per chosen facet, without that facet, in display order', () => {
    const filters = { year: ['2015'], stage: ['theory', 'model'] };
    expect(planCountSearches(filters)).toEqual([
      { facet: null, filters },
      { facet: 'stage', filters: { year: ['2015'] } },
      { facet: 'year', filters: { stage: ['theory', 'model'] } },
    ]);
  });
});

describe('merging the counts', () => {
  it('takes a chosen facet from its own search (OR within it) and the others from the main search (AND)', () => {
    const plan = planCountSearches({ stage: ['theory'] });
    const main = { type: { page: 0, publication: 15 }, stage: { theory: 15, model: 0 }, chime: { hope: 4, meaning: 3 } };
    const withoutStage = { type: { page: 24, publication: 32 }, stage: { theory: 15, model: 6 }, chime: { hope: 9, meaning: 7 } };
    expect(mergeFacetCounts(plan, [main, withoutStage], FACETS)).toEqual({
      type: { page: 0, publication: 15 },
      stage: { theory: 15, model: 6 },
      chime: { hope: 4, meaning: 3 },
      component: {},
      practice: {},
      study: {},
      year: {},
    });
  });

  it('shows a chosen value that no result has as 0', () => {
    const plan = planCountSearches({ year: ['1999'] });
    expect(mergeFacetCounts(plan, [{}, { year: { '2011': 4 } }], FACETS).year).toEqual({ '2011': 4, '1999': 0 });
  });

  it('refuses counts that do not match the plan', () => {
    expect(() => mergeFacetCounts(planCountSearches({ stage: ['theory'] }), [{}], FACETS)).toThrow('mergeFacetCounts: 2 searches planned but 1 counted.');
  });
});

describe('sorting', () => {
  it('keeps the sorted results first, then the ones the sort left out, in relevance order, once each', () => {
    const sorted = [{ id: 'p2021' }, { id: 'p2011' }];
    const byRelevance = [{ id: 'page-a' }, { id: 'p2011' }, { id: 'page-b' }, { id: 'p2021' }];
    expect(appendUnsorted(sorted, byRelevance).map((result) => result.id)).toEqual(['p2021', 'p2011', 'page-a', 'page-b']);
  });
});
