import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../bibtex/load-bibliography.ts';
import { readFileSync } from 'node:fs';
import { formatAllStyles, formatBibliography, formatReference, linkAddresses } from './format-reference.ts';

const article = {
  id: 'leamy2011conceptual',
  type: 'article-journal',
  title: 'Conceptual framework for personal recovery in mental health',
  author: [
    { family: 'Leamy', given: 'Mary' },
    { family: 'Bird', given: 'Victoria' },
  ],
  issued: { 'date-parts': [[2011, 12]] },
  'container-title': 'British Journal of Psychiatry',
  volume: '199',
  issue: '6',
  page: '445-452',
  DOI: '10.1192/bjp.bp.110.083733',
};

describe('formatReference', () => {
  it('formats APA 7, Vancouver and Harvard', () => {
    expect(formatReference(article, 'apa').text).toBe(
      'Leamy, M., & Bird, V. (2011). Conceptual framework for personal recovery in mental health. British Journal of Psychiatry, 199(6), 445–452. https://doi.org/10.1192/bjp.bp.110.083733',
    );
    expect(formatReference(article, 'vancouver').text).toBe(
      'Leamy M, Bird V. Conceptual framework for personal recovery in mental health. British Journal of Psychiatry. 2011 Dec;199(6):445–52. doi:10.1192/bjp.bp.110.083733',
    );
    expect(formatReference(article, 'harvard').text).toBe(
      'Leamy, M. and Bird, V. (2011) “Conceptual framework for personal recovery in mental health,” British Journal of Psychiatry, 199(6), pp. 445–452. Available at: https://doi.org/10.1192/bjp.bp.110.083733.',
    );
    expect(formatReference(article, 'apa').html).toContain('<i>British Journal of Psychiatry</i>');
  });

  it('does not call a published article with unknown volume and pages a preprint', () => {
    const { volume: _volume, issue: _issue, page: _page, ...withoutLocator } = article;
    expect(formatReference(withoutLocator, 'harvard').text).toBe(
      'Leamy, M. and Bird, V. (2011) “Conceptual framework for personal recovery in mental health,” British Journal of Psychiatry. Available at: https://doi.org/10.1192/bjp.bp.110.083733.',
    );
  });

  it('formats LaTeX emphasis, and treats markup typed in the data as text, in every style', () => {
    const [emphasis] = loadBibliography([{ file: 'x.bib', text: '@article{e, title={Desert ants, \\emph{Cataglyphis}}, author={Smith, A}, journal={J}, year=2000}' }]);
    expect(formatReference(emphasis?.csl as never, 'apa').html).toContain('Desert ants, <i>Cataglyphis</i>');
    const [hostile] = loadBibliography([
      { file: 'x.bib', text: '@article{h, title={A <b>bold</b> <img src=x onerror="alert(1)"> claim}, author={<script>x</script>, A}, journal={J}, year=2000}' },
    ]);
    if (!hostile) throw new Error('fixture did not load');
    for (const style of ['apa', 'vancouver', 'harvard'] as const) {
      const { html, text } = formatReference(hostile.csl, style);
      expect(html).not.toMatch(/<(b|img|script)\b/);
      expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &lt;img src=x onerror="alert(1)"&gt;');
      expect(text).toContain('<b>bold</b> <img src=x onerror="alert(1)">');
    }
  });
});

describe('formatBibliography', () => {
  it('gives every item exactly the entry it gets on its own (no "2011a" from its batch-mates)', () => {
    const refocus = loadBibliography([{ file: 'refocus.bib', text: readFileSync('references/refocus.bib', 'utf8') }]).map((publication) => publication.csl);
    const sameAuthorSameYear = [1, 2, 3].map((n) => ({ ...article, id: `leamy${n}`, title: `Paper ${n}` }));
    // Names with only a given part (as some real files have) cite as an empty name: they collide too.
    const givenOnly = ['Joshua D. Knowles', 'Murat Köksalan'].map((given, n) => ({ ...article, id: `given${n}`, title: `Work ${n}`, author: [{ given }] }));
    // Two authors of one entry with the same surname and initial: the styles spell out the given name.
    const sharedSurname = {
      ...article,
      id: 'yazdani',
      author: [
        ['Yazdani', 'Danial'],
        ['Cheng', 'Ran'],
        ['Yazdani', 'Donya'],
        ['Branke', 'Jürgen'],
        ['Jin', 'Yaochu'],
        ['Yao', 'Xin'],
      ].map(([family, given]) => ({ family, given })),
    };
    const items = [...refocus, ...sameAuthorSameYear, ...givenOnly, sharedSurname];
    const together = formatBibliography(items);
    expect(together.size).toBe(items.length);
    for (const item of items) expect(together.get(item.id)).toEqual(formatAllStyles(item));
    expect(together.get('leamy2')?.apa.text).toContain('(2011).');
    expect(together.get('yazdani')?.harvard.text).toMatch(/^Yazdani, Danial et al\. \(2011\)/);
  });
});

describe('linkAddresses', () => {
  it('links a DOI and a URL written as text, leaving closing punctuation and existing links alone', () => {
    expect(linkAddresses('<i>BJP</i>, 445–452. https://doi.org/10.1192/bjp.bp.110.083733')).toBe(
      '<i>BJP</i>, 445–452. <a href="https://doi.org/10.1192/bjp.bp.110.083733">https://doi.org/10.1192/bjp.bp.110.083733</a>',
    );
    expect(linkAddresses('Available from: https://example.org/a?b=1&amp;c=2.')).toBe(
      'Available from: <a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>.',
    );
    expect(linkAddresses('<a href="https://doi.org/10.1/x">here</a>')).toBe('<a href="https://doi.org/10.1/x">here</a>');
  });
});
