import { displayName } from '../csl/describe-publication.ts';
import type { CslItem } from '../csl/csl-item.ts';
import { familyWithParticles, highwireName, isOrganisation } from './export-names.ts';
import { exportTypeOf } from './export-types.ts';
import { isoDate, publicUrl, splitPages } from './export-values.ts';

/** One `<meta name content>` pair. */
export interface MetaTag {
  name: string;
  content: string;
}

/**
 * The container tags, by Zotero item type. Zotero's page reader takes the item type from the
 * last of these it meets (journal, book section, conference paper, report, thesis), so each
 * type's deciding tag comes last.
 */
function containerTags(item: CslItem, zoteroType: string): [string, unknown][] {
  const container = item['container-title'];
  switch (zoteroType) {
    case 'journalArticle':
      return [['citation_journal_title', container]];
    case 'bookSection':
      return [['citation_inbook_title', container]];
    case 'conferencePaper':
      return [
        ['citation_inbook_title', container],
        ['citation_conference_title', item['event-title'] ?? container],
      ];
    case 'report':
      return [
        ['citation_technical_report_number', item.number],
        ['citation_technical_report_institution', item.publisher],
      ];
    case 'thesis':
      return [['citation_dissertation_institution', item.publisher]];
    default:
      return [];
  }
}

/**
 * Highwire Press `citation_*` tags, which Zotero's and Google Scholar's page readers use to save
 * a publication from its page, plus the type tag of ./export-types.ts for the item types no Highwire tag announces
 * (a book without an ISBN, a web page, a data set, software). (Zotero reads no edition from page tags without also filling a field books lack; the COinS and JSON-LD carry it.)
 */
export function buildHighwireMeta(item: CslItem): MetaTag[] {
  const type = exportTypeOf(item.type);
  const { first, last } = splitPages(item.page);
  const tags: [string, unknown][] = [
    ...(type.pageType ? [type.pageType] : []),
    ['citation_title', item.title ?? item.id],
    ...(item.author ?? []).map((name): [string, unknown] => ['citation_author', highwireName(name)]),
    ...(item.editor ?? []).map((name): [string, unknown] => ['citation_editor', highwireName(name)]),
    ['citation_publication_date', isoDate(item.issued)?.replace(/-/g, '/')],
    ['citation_volume', item.volume],
    ['citation_issue', item.issue],
    ['citation_firstpage', first],
    ['citation_lastpage', last],
    ['citation_series_title', item['collection-title']],
    ['citation_doi', item.DOI],
    ['citation_pmid', item.PMID],
    ['citation_publisher', type.zotero === 'report' || type.zotero === 'thesis' ? undefined : item.publisher],
    ['citation_isbn', item.ISBN],
    ['citation_issn', item.ISSN],
    ['citation_public_url', publicUrl(item)],
    ...containerTags(item, type.zotero),
  ];
  return tags.filter(([, value]) => value !== undefined && value !== null && String(value).trim() !== '').map(([name, value]) => ({ name, content: String(value) }));
}

function jsonLdName(name: NonNullable<CslItem['author']>[number]): Record<string, unknown> {
  if (isOrganisation(name)) return { '@type': 'Organization', name: displayName(name) };
  const person: Record<string, unknown> = { '@type': 'Person', givenName: name.given, familyName: familyWithParticles(name), name: displayName(name) };
  if (name.suffix) person.honorificSuffix = name.suffix;
  return person;
}

/** What the item is part of: its journal, book or proceedings, or its series. */
function jsonLdContainer(item: CslItem, schemaType: string): Record<string, unknown> | undefined {
  const container = item['container-title'];
  if (container) return { '@type': schemaType === 'ScholarlyArticle' && item.type !== 'paper-conference' ? 'Periodical' : 'Book', name: container };
  if (item['collection-title']) return { '@type': 'BookSeries', name: item['collection-title'] };
  return undefined;
}

/** schema.org JSON-LD for a publication, as a plain object (serialise with {@link serialiseJsonLd}). */
export function buildScholarlyArticleJsonLd(item: CslItem, pageUrl: string): Record<string, unknown> {
  const schemaType = exportTypeOf(item.type).schema;
  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': schemaType,
    '@id': pageUrl,
    url: pageUrl,
    headline: item.title,
    name: item.title,
    author: (item.author ?? []).map(jsonLdName),
  };
  if (item.editor?.length) jsonLd.editor = item.editor.map(jsonLdName);
  const date = isoDate(item.issued);
  if (date) jsonLd.datePublished = date;
  const container = jsonLdContainer(item, schemaType);
  if (container) jsonLd.isPartOf = container;
  if (item.publisher) jsonLd.publisher = { '@type': 'Organization', name: item.publisher };
  if (item.edition) jsonLd.bookEdition = String(item.edition);
  if (item.volume) jsonLd.volumeNumber = String(item.volume);
  if (item.issue) jsonLd.issueNumber = String(item.issue);
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
