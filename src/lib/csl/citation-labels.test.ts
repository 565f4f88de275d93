import { describe, expect, it } from 'vitest';
import { assignCitationLabels } from './citation-labels.ts';

const item = (id: string, families: string[], year: number | undefined, title = id) => ({
  id,
  type: 'article-journal',
  title,
  ...(year === undefined ? {} : { issued: { 'date-parts': [[year]] } }),
  author: families.map((family) => ({ family, given: 'Ann' })),
});
const labelsOf = (items: ReturnType<typeof item>[]) => Object.fromEntries([...assignCitationLabels(items)].map(([id, { label }]) => [id, label]));

describe('assignCitationLabels', () => {
  it('labels one, two and three or more authors as APA does', () => {
    expect(labelsOf([item('one', ['Slade'], 2009), item('two', ['Tew', 'Ramon'], 2012), item('many', ['Leamy', 'Bird', 'Slade'], 2011)])).toEqual({
      one: 'Slade, 2009',
      two: 'Tew & Ramon, 2012',
      many: 'Leamy et al., 2011',
    });
  });

  it('adds a, b… in title order, ignoring a leading article, only when the author lists are identical', () => {
    const labels = assignCitationLabels([item('x', ['Slade', 'Bird', 'Le'], 2015, 'Supporting recovery'), item('y', ['Slade', 'Bird', 'Le'], 2015, 'The development of REFOCUS')]);
    expect(Object.fromEntries(labels)).toEqual({ y: { label: 'Slade et al., 2015a', yearSuffix: 'a' }, x: { label: 'Slade et al., 2015b', yearSuffix: 'b' } });
  });

  it('writes out as many names as tell different author lists apart, and gives them no letters', () => {
    expect(labelsOf([item('a', ['Slade', 'Leamy', 'Bird'], 2015), item('b', ['Slade', 'Bird', 'Leamy'], 2015), item('c', ['Slade', 'Bird', 'Tew', 'Ramon'], 2015)])).toEqual({
      a: 'Slade, Leamy, et al., 2015',
      b: 'Slade, Bird, & Leamy, 2015',
      c: 'Slade, Bird, Tew, et al., 2015',
    });
  });

  it('combines both rules: more names between lists, letters within an identical list', () => {
    const labels = assignCitationLabels([
      item('p', ['Bird', 'Leamy', 'Tew'], 2014, 'Fit'),
      item('q', ['Bird', 'Leamy', 'Slade'], 2014, 'Assessing'),
      item('r', ['Bird', 'Leamy', 'Slade'], 2014, 'Evaluating'),
    ]);
    expect(Object.fromEntries([...labels].map(([id, value]) => [id, value.label]))).toEqual({
      p: 'Bird, Leamy, & Tew, 2014',
      q: 'Bird, Leamy, & Slade, 2014a',
      r: 'Bird, Leamy, & Slade, 2014b',
    });
  });

  it('does not confuse one person with another of the same family name but other initials', () => {
    const labels = assignCitationLabels([
      {
        id: 'j',
        type: 'book',
        title: 'J',
        issued: { 'date-parts': [[2010]] },
        author: [
          { family: 'Smith', given: 'John' },
          { family: 'Lee', given: 'A' },
          { family: 'Ng', given: 'B' },
        ],
      },
      {
        id: 't',
        type: 'book',
        title: 'T',
        issued: { 'date-parts': [[2010]] },
        author: [
          { family: 'Smith', given: 'Tom' },
          { family: 'Lee', given: 'A' },
          { family: 'Ng', given: 'B' },
        ],
      },
    ]);
    expect([labels.get('j'), labels.get('t')]).toEqual([
      { label: 'J. Smith, Lee, & Ng, 2010', yearSuffix: '' },
      { label: 'T. Smith, Lee, & Ng, 2010', yearSuffix: '' },
    ]);
  });

  it('tells lists apart by the names a reader sees, even where one record adds a middle initial', () => {
    const labels = assignCitationLabels([
      {
        id: 'f',
        type: 'book',
        title: 'F',
        issued: { 'date-parts': [[2014]] },
        author: [
          { family: 'Bird', given: 'Victoria' },
          { family: 'Leamy', given: 'M' },
          { family: 'Tew', given: 'J' },
        ],
      },
      {
        id: 'e',
        type: 'book',
        title: 'E',
        issued: { 'date-parts': [[2014]] },
        author: [
          { family: 'Bird', given: 'Victoria J.' },
          { family: 'Le Boutillier', given: 'C' },
          { family: 'Leamy', given: 'M' },
        ],
      },
    ]);
    expect([labels.get('f')?.label, labels.get('e')?.label]).toEqual(['Bird, Leamy, et al., 2014', 'Bird, Le Boutillier, et al., 2014']);
  });

  it('letters undated works as n.d.-a, n.d.-b', () => {
    expect(labelsOf([item('u', ['Slade'], undefined, 'B'), item('v', ['Slade'], undefined, 'A')])).toEqual({ v: 'Slade, n.d.-a', u: 'Slade, n.d.-b' });
  });

  it('cites an organisation by its whole name', () => {
    const labels = assignCitationLabels([{ id: 'who', type: 'report', title: 'T', issued: { 'date-parts': [[2020]] }, author: [{ literal: 'World Health Organization' }] }]);
    expect(labels.get('who')?.label).toBe('World Health Organization, 2020');
  });
});
