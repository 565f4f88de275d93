import { describe, expect, it } from 'vitest';
import type { CslItem } from '../csl/csl-item.ts';
import { addStudyTypes, buildKnownItems, findDoi, findKnownItems, normaliseForLookup, putFirst, type KnownItemSource } from './known-items.ts';

const leamy: KnownItemSource = {
  key: 'leamy2011conceptual',
  citationLabel: 'Leamy et al., 2011',
  item: {
    id: 'leamy2011conceptual',
    type: 'article-journal',
    title: 'Conceptual framework for personal recovery in mental health: systematic review and narrative synthesis',
    DOI: '10.1192/bjp.bp.110.083733',
    author: [{ family: 'Leamy', given: 'Mary' }],
    issued: { 'date-parts': [[2011]] },
  } as CslItem,
};
const leBoutillier = (key: string, title: string): KnownItemSource => ({
  key,
  citationLabel: 'Le Boutillier et al., 2011',
  item: { id: key, type: 'article-journal', title, author: [{ family: 'Le Boutillier', given: 'Clair' }], issued: { 'date-parts': [[2011]] } } as CslItem,
});
const lookup = buildKnownItems([leamy, leBoutillier('leboutillier2011recovery', 'What does recovery mean in practice?'), leBoutillier('leboutillier2011other', 'Another paper')]);

describe('findDoi', () => {
  it('finds a DOI in a bare form, a doi: form or a link, in lower case and without trailing punctuation', () => {
    expect(findDoi('10.1192/BJP.bp.110.083733')).toBe('10.1192/bjp.bp.110.083733');
    expect(findDoi('doi:10.1192/bjp.bp.110.083733.')).toBe('10.1192/bjp.bp.110.083733');
    expect(findDoi('https://doi.org/10.1016/S2215-0366(15)00086-3')).toBe('10.1016/s2215-0366(15)00086-3');
    expect(findDoi('recovery 2011')).toBeUndefined();
  });
});

describe('normaliseForLookup', () => {
  it('drops accents, case, punctuation, “et al.” and “and”', () => {
    expect(normaliseForLookup('Le Boutillier et al., 2011')).toBe('le boutillier 2011');
    expect(normaliseForLookup('  Slade & Longden, 2015')).toBe('slade longden 2015');
    expect(normaliseForLookup('Slade and Longden 2015')).toBe('slade longden 2015');
    expect(normaliseForLookup('Agnès: café')).toBe('agnes cafe');
  });
});

describe('findKnownItems', () => {
  it('finds a publication by DOI, key, title, main title, label or first author and year', () => {
    for (const query of [
      '10.1192/bjp.bp.110.083733',
      'https://doi.org/10.1192/BJP.BP.110.083733',
      'leamy2011conceptual',
      'Conceptual framework for personal recovery in mental health: systematic review and narrative synthesis',
      'conceptual framework for personal recovery in mental health',
      'Leamy et al. 2011',
      'Leamy 2011',
    ]) {
      expect(findKnownItems(query, lookup), query).toEqual(['leamy2011conceptual']);
    }
  });
  it('names every publication a shared form names, and finds a name typed run together', () => {
    expect(findKnownItems('Le Boutillier 2011', lookup)).toEqual(['leboutillier2011recovery', 'leboutillier2011other']);
    expect(findKnownItems('leboutillier 2011', lookup)).toEqual(['leboutillier2011recovery', 'leboutillier2011other']);
    expect(findKnownItems('what does recovery mean in practice', lookup)).toEqual(['leboutillier2011recovery']);
  });
  it('finds a publication whose record lacks its authors by the start of its key', () => {
    const noAuthors = buildKnownItems([
      {
        key: 'leboutillier2011recovery',
        citationLabel: 'What does recovery mean, 2011',
        item: { id: 'x', type: 'article-journal', issued: { 'date-parts': [[2011]] } } as CslItem,
      },
    ]);
    expect(findKnownItems('Le Boutillier 2011', noAuthors)).toEqual(['leboutillier2011recovery']);
    expect(findKnownItems('Le Boutillier 2012', noAuthors)).toEqual([]);
  });
  it('names nothing for other words, or for an object property name', () => {
    expect(findKnownItems('recovery', lookup)).toEqual([]);
    expect(findKnownItems('constructor', lookup)).toEqual([]);
    expect(findKnownItems('10.9999/unknown', lookup)).toEqual([]);
  });
});

describe('addStudyTypes', () => {
  it('names a study type’s publications by its name, its plural and its id, in the order given', () => {
    const lookup = addStudyTypes({}, [
      { id: 'trial', title: 'Trial', keys: ['slade2015supporting', 'meadows2019refocus'] },
      { id: 'process-evaluation', title: 'Process evaluation', keys: ['leamy2014implementing'] },
    ]);
    expect(findKnownItems('trial', lookup)).toEqual(['slade2015supporting', 'meadows2019refocus']);
    expect(findKnownItems('Trials', lookup)).toEqual(['slade2015supporting', 'meadows2019refocus']);
    expect(findKnownItems('process evaluations', lookup)).toEqual(['leamy2014implementing']);
    expect(findKnownItems('process-evaluation', lookup)).toEqual(['leamy2014implementing']);
  });

  it('never displaces a publication a form already names, and adds nothing for a type with no publication', () => {
    const known = { survey: ['smith2020survey'] };
    const lookup = addStudyTypes(known, [
      { id: 'survey', title: 'Survey', keys: ['jones2019'] },
      { id: 'protocol', title: 'Protocol', keys: [] },
    ]);
    expect(findKnownItems('survey', lookup)).toEqual(['smith2020survey']);
    expect(findKnownItems('surveys', lookup)).toEqual(['jones2019']);
    expect(findKnownItems('protocol', lookup)).toEqual([]);
    expect(known).toEqual({ survey: ['smith2020survey'] });
  });
});

describe('putFirst', () => {
  it('moves the pinned results to the front, adds those not found, and keeps each once', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const c = { id: 'c' };
    const d = { id: 'd' };
    expect(putFirst([a, b, c], [c, d, c])).toEqual([c, d, a, b]);
    expect(putFirst([a, b], [])).toEqual([a, b]);
  });
});
