import type { CslItem } from '../csl/csl-item.ts';

/** One `<meta name content>` pair. */
export interface MetaTag {
  name: string;
  content: string;
}

/**
 * Highwire Press `citation_*` tags, which Zotero's and Google Scholar's page readers use to save
 * a publication from its page.
 */
export function buildHighwireMeta(item: CslItem): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: item.title ?? item.id }];
  for (const author of item.author ?? []) {
    const name = author.given ? `${author.family ?? ''}, ${author.given}` : (author.family ?? author.literal ?? '');
    tags.push({ name: 'citation_author', content: name });
  }
  const dateParts = item.issued?.['date-parts']?.[0];
  if (dateParts?.length) tags.push({ name: 'citation_publication_date', content: dateParts.map((part) => String(part).padStart(2, '0')).join('/') });
  const container = item['container-title'];
  if (container) tags.push({ name: item.type === 'article-journal' ? 'citation_journal_title' : 'citation_inbook_title', content: container });
  const [first, last] = String(item.page ?? '').split(/[-–]/);
  const optional: [string, unknown][] = [
    ['citation_volume', item.volume], ['citation_issue', item.issue], ['citation_firstpage', item.page ? first : undefined],
    ['citation_lastpage', item.page ? last : undefined], ['citation_doi', item.DOI], ['citation_pmid', item.PMID],
    ['citation_publisher', item.publisher], ['citation_isbn', item.ISBN], ['citation_issn', item.ISSN],
  ];
  for (const [name, value] of optional) {
    if (value !== undefined && value !== null && String(value).trim() !== '') tags.push({ name, content: String(value) });
  }
  if (item.type === 'report' && item.publisher) tags.push({ name: 'citation_technical_report_institution', content: item.publisher });
  return tags;
}

/** schema.org JSON-LD for a publication, as a plain object (serialise with {@link serialiseJsonLd}). */
export function buildScholarlyArticleJsonLd(item: CslItem, pageUrl: string): Record<string, unknown> {
  const year = item.issued?.['date-parts']?.[0]?.[0];
  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': item.type === 'book' ? 'Book' : item.type === 'report' ? 'Report' : 'ScholarlyArticle',
    '@id': pageUrl,
    url: pageUrl,
    headline: item.title,
    name: item.title,
    author: (item.author ?? []).map((author) =>
      author.given ? { '@type': 'Person', givenName: author.given, familyName: author.family, name: `${author.given} ${author.family ?? ''}`.trim() } : { '@type': 'Organization', name: author.family ?? author.literal },
    ),
  };
  if (year !== undefined) jsonLd.datePublished = String(year);
  if (item['container-title']) jsonLd.isPartOf = { '@type': 'Periodical', name: item['container-title'] };
  if (item.publisher) jsonLd.publisher = { '@type': 'Organization', name: item.publisher };
  if (item.page) jsonLd.pagination = item.page;
  if (item.DOI) {
    jsonLd.sameAs = `https://doi.org/${item.DOI}`;
    jsonLd.identifier = { '@type': 'PropertyValue', propertyID: 'DOI', value: item.DOI };
  }
  return jsonLd;
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element. `<`, `>` and `&` are
 * escaped as Unicode so that no value (a title holding `</script>`) can end the element early.
 */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
