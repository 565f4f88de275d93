import { describe, expect, it } from 'vitest';
import { shortPublicationLabels } from './short-label.ts';

describe('shortPublicationLabels', () => {
  it('writes the first author and the year', () => {
    const labels = shortPublicationLabels([
      { key: 'leamy2011', firstAuthor: 'Leamy', year: 2011, title: 'Conceptual framework' },
      { key: 'krieke2015', firstAuthor: 'van der Krieke', year: 2015, title: 'Feasibility' },
    ]);
    expect([...labels.values()]).toEqual(['Leamy 2011', 'van der Krieke 2015']);
  });

  it('starts with the title when there is no author, cut at a word', () => {
    const labels = shortPublicationLabels([{ key: 'guidance', year: 2011, title: 'What does recovery mean in practice? A qualitative analysis' }]);
    expect(labels.get('guidance')).toBe('What does recovery… 2011');
  });

  it('gives labels that would read alike letters in the order given', () => {
    const labels = shortPublicationLabels([
      { key: 'a', firstAuthor: 'Slade', year: 2015, title: 'One' },
      { key: 'b', firstAuthor: 'Bird', year: 2015, title: 'Two' },
      { key: 'c', firstAuthor: 'Slade', year: 2015, title: 'Three' },
      { key: 'd', firstAuthor: 'Slade', title: 'Undated' },
    ]);
    expect(Object.fromEntries(labels)).toEqual({ a: 'Slade 2015a', b: 'Bird 2015', c: 'Slade 2015b', d: 'Slade' });
  });
});
