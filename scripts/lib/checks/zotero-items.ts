/**
 * What Zotero should make of one source record, read through one route (an export format or a page
 * reader), and the differences between that and what Zotero's own translators made. The
 * expectations come from the loaded record (references/*.bib through the project's loader), never
 * from copies: item type from ../../../src/lib/export/export-types.ts, names from the CSL names.
 */
import type { CslItem, CslName } from '../../../src/lib/csl/csl-item.ts';
import { familyWithParticles, givenWithSuffix, isOrganisation } from '../../../src/lib/export/export-names.ts';
import { exportTypeOf } from '../../../src/lib/export/export-types.ts';
import { exportedEntryType } from '../../../src/lib/export/format-bibtex.ts';
import { publicUrl } from '../../../src/lib/export/export-values.ts';

/** How Zotero read the item: its import translators (RIS, CSL JSON, BibTeX) or page readers (Highwire tags, COinS). */
export type ZoteroRoute = 'ris' | 'csljson' | 'bibtex' | 'highwire' | 'coins';

/** A Zotero item as the harness prints it (../shared/zotero/README.md). */
export interface ZoteroItem {
  itemType: string;
  creators: { firstName?: string; lastName?: string; creatorType: string; fieldMode?: number }[];
  [field: string]: unknown;
}

/** A source record: its entry type, its plain-text CSL item and, for an incomplete record, the caveat its exports carry. */
export interface SourceRecord {
  key: string;
  entryType: string;
  csl: CslItem;
  caveat?: string;
}

/** Zotero's BibTeX translator's item types (bibtex2zoteroTypeMap in BibTeX.js). */
const BIBTEX_TYPES: Record<string, string> = {
  article: 'journalArticle',
  book: 'book',
  inbook: 'bookSection',
  incollection: 'bookSection',
  techreport: 'report',
  report: 'report',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  inproceedings: 'conferencePaper',
  conference: 'conferencePaper',
  misc: 'document',
  online: 'webpage',
  electronic: 'webpage',
  software: 'computerProgram',
  unpublished: 'manuscript',
  collection: 'book',
  proceedings: 'book',
};

/** The item type Zotero should choose: from BibTeX, that of the entry type the export writes; RIS has no type Zotero reads as a document (GEN is read as a journal article). */
export function expectedItemType(record: SourceRecord, route: ZoteroRoute): string {
  if (route === 'bibtex') return BIBTEX_TYPES[exportedEntryType({ entryType: record.entryType, fields: [] })] ?? 'document';
  const zotero = exportTypeOf(record.csl.type).zotero;
  return route === 'ris' && zotero === 'document' ? 'journalArticle' : zotero;
}

/** Text as compared: Unicode-composed, case and dash style ignored, spaces collapsed, braces gone. */
export function comparable(value: unknown): string {
  return String(value ?? '')
    .normalize('NFC')
    .replace(/[{}]/g, '')
    .replace(/[‐-―−]+|--+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** "Last|First" of a name as Zotero should hold it; Highwire tags carry a suffix with the family name. */
function expectedName(name: CslName, route: ZoteroRoute): string {
  if (isOrganisation(name)) return `${familyWithParticles(name)}|`;
  if (route === 'highwire') return `${[familyWithParticles(name), name.suffix].filter(Boolean).join(' ')}|${name.given ?? ''}`;
  return `${familyWithParticles(name)}|${givenWithSuffix(name)}`;
}

// Names trimmed, as Zotero trims them when it saves a creator (Zotero.Creators.cleanData); the page reader leaves "Smith Jr. ".
const zoteroName = (creator: ZoteroItem['creators'][number]) => `${(creator.lastName ?? '').trim()}|${(creator.firstName ?? '').trim()}`.normalize('NFC');

/** The item's container as Zotero names it for each item type. */
function containerOf(item: ZoteroItem): unknown {
  return item.publicationTitle ?? item.bookTitle ?? item.proceedingsTitle;
}

/** Each difference between what Zotero made and the record, one line each ("field: expected … got …"). */
export function compareZoteroItem(record: SourceRecord, item: ZoteroItem, route: ZoteroRoute): string[] {
  const { csl } = record;
  const problems: string[] = [];
  const expect = (field: string, expected: unknown, actual: unknown, same = comparable(expected) === comparable(actual)) => {
    if (!same) problems.push(`${field}: expected ${JSON.stringify(expected ?? null)}, Zotero has ${JSON.stringify(actual ?? null)}`);
  };
  expect('itemType', expectedItemType(record, route), item.itemType);
  const authors = item.creators.filter((creator) => creator.creatorType === 'author' || creator.creatorType === 'programmer');
  expect(
    'authors',
    (csl.author ?? []).map((name) => expectedName(name, route)).join('; '),
    authors.map(zoteroName).join('; '),
    (csl.author ?? []).map((name) => expectedName(name, route)).join('; ') === authors.map(zoteroName).join('; '),
  );
  expect('title', csl.title, item.title);
  if (csl['container-title']) expect('container', csl['container-title'], containerOf(item));
  if (csl['collection-title']) expect('series', csl['collection-title'], item.series ?? item.seriesTitle);
  expect('volume', csl.volume, item.volume);
  expect('issue', csl.issue, item.issue);
  expect('pages', csl.page, item.pages);
  const extra = String(item.extra ?? '');
  const doi = item.DOI ?? /^DOI: (.+)$/m.exec(extra)?.[1];
  expect('DOI', csl.DOI, doi);
  if (route !== 'coins') expect('PMID', csl.PMID, /^PMID: (.+)$/m.exec(extra)?.[1]);
  // BibTeX and CSL-JSON carry the record's own URL; RIS and the page readers fall back to the DOI's address.
  const url = route === 'bibtex' || route === 'csljson' ? csl.URL : publicUrl(csl);
  if (url || route !== 'highwire') expect('URL', url, item.url);
  // An incomplete record's caveat reaches Zotero from RIS (a note) and CSL-JSON (Extra); BibTeX carries it as a comment, which Zotero skips.
  if (record.caveat && (route === 'ris' || route === 'csljson')) {
    const notes = ((item.notes ?? []) as ({ note?: string } | string)[]).map((note) => (typeof note === 'string' ? note : (note.note ?? '')));
    const kept = route === 'ris' ? notes.some((note) => note.includes(record.caveat!)) : String(item.extra ?? '').includes(record.caveat);
    if (!kept) problems.push(`caveat: the incomplete record's note "${record.caveat}" is not in Zotero's ${route === 'ris' ? 'notes' : 'Extra'}`);
  }
  if (item.abstractNote) problems.push(`abstract: the record has none, Zotero has ${JSON.stringify(item.abstractNote)}`);
  return problems;
}
