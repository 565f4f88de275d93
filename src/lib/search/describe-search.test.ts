import { expect, it } from 'vitest';
import { describeEverything, describeOutcome } from './describe-search.ts';

const labels: Record<string, string> = { theory: 'Theory stage', model: 'Model stage', publication: 'Publication' };
const labelOf = (_facet: string, value: string) => labels[value] ?? value;
const facets = [
  { name: 'type', label: 'Content type' },
  { name: 'stage', label: 'MRC stage' },
  { name: 'year', label: 'Year' },
];

it('tells the count, the words and the filters', () => {
  expect(describeOutcome(12, { query: 'hope', filters: { stage: ['theory', 'model'], year: ['2015'] }, sort: 'relevance' }, labelOf, facets)).toBe(
    '12 results for “hope”, filtered by MRC stage: Theory stage or Model stage; Year: 2015.',
  );
  expect(describeOutcome(1, { query: 'leamy2011conceptual', filters: {}, sort: 'relevance' }, labelOf, facets)).toBe('1 result for “leamy2011conceptual”.');
  expect(describeOutcome(15, { query: '', filters: { type: ['publication'] }, sort: 'relevance' }, labelOf, facets)).toBe('15 results with Content type: Publication.');
});

it('names the order when it is not relevance', () => {
  expect(describeOutcome(15, { query: '', filters: { type: ['publication'] }, sort: 'newest' }, labelOf, facets)).toBe('15 results with Content type: Publication, newest first.');
  expect(describeOutcome(2, { query: 'hope', filters: {}, sort: 'oldest' }, labelOf, facets)).toBe('2 results for “hope”, oldest first.');
});

it('suggests what to change when nothing is found', () => {
  expect(describeOutcome(0, { query: 'zebra', filters: {}, sort: 'relevance' }, labelOf, facets)).toBe('No results for “zebra”. Try fewer or other words, or remove a filter.');
});

it('lists everything there is to browse when there are no words and no filters, publications first', () => {
  expect(describeEverything({ page: 20, publication: 31, manual: 11 }, 'newest')).toBe(
    'Everything in the evidence base: 31 publications (newest first), 20 pages and 11 manual chapters.',
  );
  expect(describeEverything({ publication: 1 }, 'oldest')).toBe('Everything in the evidence base: 1 publication (oldest first).');
});
