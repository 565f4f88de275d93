import { describe, expect, it } from 'vitest';
import { formatSearchParams, isBlankSearch, orderOf, parseSearchParams, toggleFilter, toPagefindFilters, type SearchState } from './search-state.ts';

/** Facet names as a framework with stages, CHIME and study types gives them. */
const FACETS = ['type', 'stage', 'chime', 'component', 'practice', 'study', 'year'];
const parse = (query: string) => parseSearchParams(new URLSearchParams(query), FACETS);

describe('search state in the URL', () => {
  it('reads a query with facets', () => {
    expect(parse('q=hope&stage=theory')).toEqual({ query: 'hope', filters: { stage: ['theory'] }, sort: 'relevance' });
  });

  it('reads several values of a facet, and a sort', () => {
    expect(parse('stage=theory&chime=hope&stage=model&sort=newest')).toEqual({ query: '', filters: { stage: ['theory', 'model'], chime: ['hope'] }, sort: 'newest' });
  });

  it('drops unknown parameters, unknown sorts, blank and repeated values, and extra spaces', () => {
    expect(parse('q=++Le+++Boutillier+&colour=red&stage=&stage=theory&stage=theory&sort=sideways')).toEqual({
      query: 'Le Boutillier',
      filters: { stage: ['theory'] },
      sort: 'relevance',
    });
  });

  it('writes query, facets in display order and sort, leaving out the default sort', () => {
    const state: SearchState = { query: 'goal striving', filters: { year: ['2015'], type: ['publication'], stage: ['theory', 'model'] }, sort: 'oldest' };
    expect(formatSearchParams(state, FACETS).toString()).toBe('q=goal+striving&type=publication&stage=theory&stage=model&year=2015&sort=oldest');
    expect(formatSearchParams({ query: 'hope', filters: {}, sort: 'relevance' }, FACETS).toString()).toBe('q=hope');
  });

  it('gives back the same state after a round trip', () => {
    const state: SearchState = { query: 'Slade 2015', filters: { type: ['publication'], chime: ['hope', 'meaning'], study: ['trial'] }, sort: 'newest' };
    expect(parseSearchParams(formatSearchParams(state, FACETS), FACETS)).toEqual(state);
  });

  it('knows only the facets it is given', () => {
    expect(parseSearchParams(new URLSearchParams('phase=pilot&stage=theory'), ['type', 'phase', 'year'])).toEqual({ query: '', filters: { phase: ['pilot'] }, sort: 'relevance' });
  });

  it('is blank with neither words nor filters, whatever the sort', () => {
    expect(isBlankSearch(parse('sort=newest'))).toBe(true);
    expect(isBlankSearch(parse('year=2011'))).toBe(false);
    expect(isBlankSearch(parse('q=hope'))).toBe(false);
  });
});

describe('choosing filters', () => {
  it('adds a value once and removes it; a facet left empty disappears', () => {
    const one = toggleFilter({}, 'stage', 'theory', true);
    const two = toggleFilter(one, 'stage', 'model', true);
    expect(toggleFilter(two, 'stage', 'model', true)).toEqual({ stage: ['theory', 'model'] });
    expect(toggleFilter(two, 'stage', 'theory', false)).toEqual({ stage: ['model'] });
    expect(toggleFilter(one, 'stage', 'theory', false)).toEqual({});
  });

  it('becomes Pagefind filters: any value within a facet, every facet across', () => {
    expect(toPagefindFilters({ stage: ['theory', 'model'], year: ['2015'], chime: [] })).toEqual({ stage: { any: ['theory', 'model'] }, year: { any: ['2015'] } });
    expect(toPagefindFilters({})).toEqual({});
  });
});

describe('orderOf', () => {
  it('shows relevance order for words, and newest first when there are no words to be relevant to', () => {
    expect(orderOf({ query: 'hope', filters: {}, sort: 'relevance' })).toBe('relevance');
    expect(orderOf({ query: '', filters: {}, sort: 'relevance' })).toBe('newest');
    expect(orderOf({ query: '', filters: { stage: ['theory'] }, sort: 'relevance' })).toBe('newest');
    expect(orderOf({ query: '', filters: {}, sort: 'oldest' })).toBe('oldest');
  });
});
