import { describe, expect, it } from 'vitest';
import { addYearSuffix, compareApaReferences } from './apa-reference-list.ts';
import { assignCitationLabels } from './citation-labels.ts';
import type { CslItem } from './csl-item.ts';

const item = (id: string, families: string[], year: number, title = id): CslItem => ({
  id,
  type: 'article-journal',
  title,
  issued: { 'date-parts': [[year]] },
  author: families.map((family) => ({ family, given: 'Ann' })),
});

describe('addYearSuffix', () => {
  it('writes the letter after the year in APA and Harvard references, in HTML and text', () => {
    expect(addYearSuffix({ html: 'Bird, V. (2014). <i>T</i>.', text: 'Bird, V. (2014). T.' }, '2014', 'a')).toEqual({
      html: 'Bird, V. (2014a). <i>T</i>.',
      text: 'Bird, V. (2014a). T.',
    });
    expect(addYearSuffix({ html: 'Bird, V. <i>et al.</i> (2014) “T”, 2014 issue', text: 'x' }, '2014', 'b').html).toBe('Bird, V. <i>et al.</i> (2014b) “T”, 2014 issue');
    expect(addYearSuffix({ html: 'Slade, M. (2011, December). T', text: '' }, '2011', 'c').html).toBe('Slade, M. (2011c, December). T');
    expect(addYearSuffix({ html: 'Slade, M. (n.d.). T', text: '' }, 'n.d.', '-a').html).toBe('Slade, M. (n.d.-a). T');
  });

  it('leaves a reference without a letter unchanged', () => {
    const reference = { html: 'A (2014).', text: 'A (2014).' };
    expect(addYearSuffix(reference, '2014', '')).toBe(reference);
  });
});

describe('compareApaReferences', () => {
  it('orders name by name, a sole author before co-authored work, then year, then year letter', () => {
    const items = [
      item('slade-bird-2015b', ['Slade', 'Bird'], 2015, 'Zeta'),
      item('slade-bird-2015a', ['Slade', 'Bird'], 2015, 'Alpha'),
      item('slade-2012', ['Slade'], 2012),
      item('slade-2009', ['Slade'], 2009),
      item('leamy-2011', ['Leamy', 'Slade'], 2011),
      item('slade-bird-2011', ['Slade', 'Bird'], 2011),
      item('le-boutillier', ['Le Boutillier'], 2011),
    ];
    const labels = assignCitationLabels(items);
    expect([...items].sort((a, b) => compareApaReferences(a, b, labels)).map((entry) => entry.id)).toEqual([
      'le-boutillier',
      'leamy-2011',
      'slade-2009',
      'slade-2012',
      'slade-bird-2011',
      'slade-bird-2015a',
      'slade-bird-2015b',
    ]);
  });
});
