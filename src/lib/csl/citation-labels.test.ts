import { describe, expect, it } from 'vitest';
import { assignCitationLabels } from './citation-labels.ts';

const item = (id: string, families: string[], year: number, title = id) => ({
  id, type: 'article-journal', title, issued: { 'date-parts': [[year]] }, author: families.map((family) => ({ family, given: 'A' })),
});

describe('assignCitationLabels', () => {
  it('labels one, two and three or more authors as APA does', () => {
    const labels = assignCitationLabels([item('one', ['Slade'], 2009), item('two', ['Tew', 'Ramon'], 2012), item('many', ['Leamy', 'Bird', 'Slade'], 2011)]);
    expect(Object.fromEntries(labels)).toEqual({ one: 'Slade, 2009', two: 'Tew & Ramon, 2012', many: 'Leamy et al., 2011' });
  });

  it('adds a, b… in title order when labels would clash', () => {
    const labels = assignCitationLabels([item('x', ['Slade', 'Bird', 'Le'], 2015, 'Supporting recovery'), item('y', ['Slade', 'Bird', 'Le'], 2015, 'Development of REFOCUS')]);
    expect(Object.fromEntries(labels)).toEqual({ y: 'Slade et al., 2015a', x: 'Slade et al., 2015b' });
  });

  it('cites an organisation by its whole name', () => {
    const labels = assignCitationLabels([{ id: 'who', type: 'report', title: 'T', issued: { 'date-parts': [[2020]] }, author: [{ family: 'World Health Organization' }] }]);
    expect(labels.get('who')).toBe('World Health Organization, 2020');
  });
});
