import { describe, expect, it } from 'vitest';
import type { CslItem } from '../csl/csl-item.ts';
import { buildNameSearchText, foldDiacritics, formatResultAuthors, nameSearchForms, toPagefindMetaAttributes } from './publication-search.ts';

const item = (families: string[], year = 2015): CslItem => ({
  id: 'x',
  type: 'article-journal',
  author: families.map((family) => ({ family, given: 'A.' })),
  issued: { 'date-parts': [[year]] },
});

describe('author names for search', () => {
  it('folds accents', () => {
    expect(foldDiacritics('Agnès Pérez-Ñúñez Søren')).toBe('Agnes Perez-Nunez Søren');
  });

  it('gives a particle name whole, run together and by its last part', () => {
    expect(nameSearchForms({ family: 'Le Boutillier', given: 'Clair' })).toEqual(['Le Boutillier', 'LeBoutillier', 'Boutillier']);
    expect(nameSearchForms({ family: 'Krieke', 'non-dropping-particle': 'van der', given: 'Lian' })).toEqual(['van der Krieke', 'vanderKrieke', 'Krieke']);
  });

  it('gives accented names with and without accents', () => {
    expect(nameSearchForms({ family: 'Pérez' })).toEqual(['Pérez', 'Perez']);
    expect(nameSearchForms({ literal: 'Mental Health Foundation' })).toEqual(['Mental Health Foundation', 'MentalHealthFoundation', 'Foundation']);
    expect(nameSearchForms({ given: 'Only' })).toEqual([]);
  });

  it('lists every name form once, then the year', () => {
    expect(buildNameSearchText(item(['Slade', 'Le Boutillier', 'Slade'], 2011))).toBe('Slade Le Boutillier LeBoutillier Boutillier 2011');
  });
});

describe('authors in a result', () => {
  it('joins up to six family names with "&" before the last', () => {
    expect(formatResultAuthors(item(['Slade']))).toBe('Slade');
    expect(formatResultAuthors(item(['Leamy', 'Bird', 'Le Boutillier', 'Williams', 'Slade']))).toBe('Leamy, Bird, Le Boutillier, Williams & Slade');
  });

  it('past six, keeps the first five and the last, and says when the list was cut short', () => {
    expect(formatResultAuthors(item(['A', 'B', 'C', 'D', 'E', 'F', 'G']))).toBe('A, B, C, D, E … G');
    expect(formatResultAuthors(item(['A', 'B']), true)).toBe('A & B and others');
    expect(formatResultAuthors({ id: 'x', type: 'book' })).toBe('');
  });
});

describe('metadata attributes', () => {
  it('read each value from its own data attribute and leave out empty values', () => {
    expect(toPagefindMetaAttributes({ key: 'leamy2011conceptual', apa: 'Leamy, M., & Slade, M. (2011).', container: undefined, stages: '' })).toEqual({
      'data-pagefind-meta': 'key[data-meta-key], apa[data-meta-apa]',
      'data-meta-key': 'leamy2011conceptual',
      'data-meta-apa': 'Leamy, M., & Slade, M. (2011).',
    });
  });

  it('refuse a name Pagefind could misread', () => {
    expect(() => toPagefindMetaAttributes({ 'study type': 'x' })).toThrow('Search metadata name "study type" must be lower-case letters, digits and underscores.');
  });
});
