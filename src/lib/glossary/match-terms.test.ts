import { describe, expect, it } from 'vitest';
import { spellingsOf, termMatcher } from './match-terms.ts';

const terms = [
  { id: 'safe', term: 'SAFE (Structured Assessment of FEasibility)', aliases: ['SAFE'] },
  { id: 'focus-group', term: 'Focus group', aliases: ['focus groups'] },
  { id: 'complex', term: 'Complex intervention', aliases: ['complex interventions', 'complex health interventions'] },
  { id: 'rop', term: 'Recovery-orientated practice', aliases: ['recovery-orientated'] },
  { id: 'trust', term: 'NHS Trust', aliases: ['NHS Trusts'] },
];
const find = termMatcher(terms);

describe('spellingsOf', () => {
  it('adds a small first letter only where the first letter is the only capital', () => {
    expect(spellingsOf(terms[1]!)).toEqual(['Focus group', 'focus group', 'focus groups']);
    expect(spellingsOf(terms[0]!)).toEqual(['SAFE (Structured Assessment of FEasibility)', 'SAFE']);
    expect(spellingsOf(terms[4]!)).toEqual(['NHS Trust', 'NHS Trusts']);
  });
});

describe('termMatcher', () => {
  it('finds whole words only, acronyms as written', () => {
    expect(find('SAFE is safe; SAFEty first.').map((match) => match.text)).toEqual(['SAFE']);
    expect(find('The REFOCUS group met; focus groups met.').map((match) => [match.id, match.text])).toEqual([['focus-group', 'focus groups']]);
  });
  it('prefers the longest spelling at one place', () => {
    expect(find('Two complex health interventions and NHS Trusts.').map((match) => match.text)).toEqual(['complex health interventions', 'NHS Trusts']);
  });
  it('does not find a spelling inside a hyphenated compound, but finds the compound', () => {
    expect(find('recovery-orientated care').map((match) => match.id)).toEqual(['rop']);
    expect(find('a SAFE-based score')).toEqual([]);
  });
  it('gives positions for the splice', () => {
    expect(find('see SAFE')).toEqual([{ id: 'safe', index: 4, text: 'SAFE' }]);
  });
  it('finds nothing with no terms', () => {
    expect(termMatcher([])('anything')).toEqual([]);
  });
});
