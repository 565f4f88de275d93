import { describe, expect, it } from 'vitest';
import { buildCoinsTitle } from './coins.ts';
import { buildHighwireMeta, buildScholarlyArticleJsonLd } from './highwire-meta.ts';

const names = [{ family: 'Krieke', 'non-dropping-particle': 'van der', given: 'Lian' }, { family: 'Smith', given: 'John', suffix: 'Jr.' }, { family: 'World Health Organization' }];
const article = {
  id: 'a',
  type: 'article-journal',
  title: 'T',
  author: names,
  issued: { 'date-parts': [[2015, 5]] },
  'container-title': 'Implementation Science',
  volume: '10',
  page: '76',
  DOI: '10.1/x',
  PMID: '1',
};
const book = {
  id: 'b',
  type: 'book',
  title: 'REFOCUS',
  author: names.slice(0, 1),
  issued: { 'date-parts': [[2011]] },
  publisher: 'Rethink',
  edition: '2',
  'collection-title': 'Rethink recovery series',
  'collection-number': '4',
  URL: 'http://example.org/b',
};
const tags = (item: Parameters<typeof buildHighwireMeta>[0]) => buildHighwireMeta(item).map((tag) => `${tag.name}=${tag.content}`);

describe('buildHighwireMeta', () => {
  it('writes names as Zotero splits them: particles with the family, suffix after it, organisations ending in a comma', () => {
    expect(tags(article).filter((tag) => tag.startsWith('citation_author'))).toEqual([
      'citation_author=van der Krieke, Lian',
      'citation_author=Smith Jr., John',
      'citation_author=World Health Organization,',
    ]);
  });

  it('gives the full date, the public URL and the type signal of each item type', () => {
    expect(tags(article)).toEqual(
      expect.arrayContaining(['citation_publication_date=2015/05', 'citation_public_url=https://doi.org/10.1/x', 'citation_journal_title=Implementation Science']),
    );
    expect(tags(book)).toEqual(expect.arrayContaining(['og:type=book', 'citation_series_title=Rethink recovery series', 'citation_public_url=http://example.org/b']));
    expect(tags({ ...book, type: 'chapter', 'container-title': 'Book' }).at(-1)).toBe('citation_inbook_title=Book');
    expect(tags({ ...book, type: 'thesis', publisher: 'Univ' }).at(-1)).toBe('citation_dissertation_institution=Univ');
    expect(tags({ ...book, type: 'paper-conference', 'container-title': 'Proc' }).at(-1)).toBe('citation_conference_title=Proc');
    expect(tags({ ...book, type: 'report', publisher: 'Inst' }).at(-1)).toBe('citation_technical_report_institution=Inst');
  });
});

describe('buildCoinsTitle', () => {
  it('writes authors as aulast/aufirst pairs with the suffix in aufirst, and organisations whole', () => {
    const coins = decodeURIComponent(buildCoinsTitle(article));
    expect(coins).toContain('rft.aulast=van der Krieke&rft.aufirst=Lian&rft.aulast=Smith&rft.aufirst=John, Jr.&rft.au=World Health Organization,');
    expect(coins).toContain('rft.date=2015-05');
    expect(coins).toContain('rft_id=https://doi.org/10.1/x');
  });

  it('puts a chapter’s title in atitle and its book in btitle, and a book’s edition and series', () => {
    expect(decodeURIComponent(buildCoinsTitle({ ...book, type: 'chapter', 'container-title': 'Book' }))).toContain('rft.genre=bookitem&rft.atitle=REFOCUS&rft.btitle=Book');
    expect(decodeURIComponent(buildCoinsTitle(book))).toContain('rft.edition=2&rft.series=Rethink recovery series&rft.pub=Rethink');
  });
});

describe('buildScholarlyArticleJsonLd', () => {
  it('dates to the month, keeps particles and suffixes, and types books', () => {
    const jsonLd = buildScholarlyArticleJsonLd(article, 'https://example.org/p/');
    expect(jsonLd).toMatchObject({
      datePublished: '2015-05',
      author: [{ familyName: 'van der Krieke' }, { familyName: 'Smith', honorificSuffix: 'Jr.' }, { '@type': 'Organization', name: 'World Health Organization' }],
    });
    expect(buildScholarlyArticleJsonLd(book, 'https://example.org/b/')).toMatchObject({ '@type': 'Book', bookEdition: '2', isPartOf: { '@type': 'BookSeries' } });
  });
});
