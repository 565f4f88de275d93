import { expect, it } from 'vitest';
import { publicationExportHref, publicationHref, publicationSlug } from './publication-slug.ts';

it('keeps ordinary keys as they are', () => {
  expect(publicationHref('leamy2011conceptual')).toBe('/publications/leamy2011conceptual/');
  expect(publicationExportHref('Smith-2010.a', 'bib')).toBe('/publications/Smith-2010.a.bib');
});

it('writes other characters so that no two keys share a segment', () => {
  expect(publicationSlug('DubPagStu2017:flowshop')).toBe('DubPagStu2017_3a_flowshop');
  expect(publicationSlug('a_b')).toBe('a_5f_b');
  expect(publicationSlug('müller')).toBe('m_fc_ller');
  const keys = ['a:b', 'a_3a_b', 'a/b', 'a b'];
  expect(new Set(keys.map(publicationSlug)).size).toBe(keys.length);
});
