import type { CslItem, CslName } from '../csl/csl-item.ts';
import { invertedName } from './export-names.ts';
import { exportTypeOf } from './export-types.ts';
import { publicUrl, splitPages } from './export-values.ts';

type Line = [string, unknown];

function risDate(item: CslItem): Line[] {
  const [year, month, day] = item.issued?.['date-parts']?.[0] ?? [];
  if (year === undefined) return [];
  const pad = (part: number | string | undefined) => (part === undefined ? '' : String(part).padStart(2, '0'));
  return [
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}/`],
  ];
}

/**
 * The container and series tags, by RIS type, as the RIS specification and Zotero's RIS
 * translator read them: T2 is a journal's full name (JO would be read as its abbreviation), a
 * book's series (with M1 its number), a chapter's book (with T3 and SV its series), a paper's
 * conference (T2) and proceedings (C3).
 */
function containerLines(item: CslItem, ris: string): Line[] {
  const container = item['container-title'];
  const series = item['collection-title'];
  const seriesNumber = item['collection-number'];
  switch (ris) {
    case 'BOOK':
      return [
        ['T2', series],
        ['M1', seriesNumber],
      ];
    case 'CHAP':
      return [
        ['T2', container],
        ['T3', series],
        ['SV', seriesNumber],
      ];
    case 'CPAPER':
      return [
        ['T2', item['event-title'] ?? container],
        ['C3', container],
        ['T3', series],
      ];
    case 'RPRT':
      return [
        ['T2', series ?? container],
        ['M3', item.genre],
      ];
    case 'THES':
      return [['M3', item.genre]];
    default:
      return [['T2', container ?? series]];
  }
}

/** PubMed and PubMed Central ids as `M2` lines, which Zotero files in Extra as "PMID: …" and "PMCID: …". */
function identifierLines(item: CslItem): Line[] {
  return [
    ['M2', item.PMID ? `PMID: ${item.PMID}` : undefined],
    ['M2', item.PMCID ? `PMCID: ${item.PMCID}` : undefined],
  ];
}

const names = (tag: string, list: CslName[] | undefined): Line[] => (list ?? []).map((name) => [tag, invertedName(name)]);

/** RIS allows no line breaks inside a value. */
function oneLine(value: unknown): string {
  return String(value).replace(/\s+/g, ' ').trim();
}

/**
 * Writes one CSL item as a RIS record (the format Zotero, EndNote and Mendeley import). The
 * tags follow the RIS specification: TY first, ER last, each line `XX  - value`. Names keep
 * their particles and suffixes ("van der Krieke, Lian", "Smith, John, Jr."); organisations stay whole.
 */
export function formatRisRecord(item: CslItem): string {
  const ris = exportTypeOf(item.type).ris;
  const { first, last } = splitPages(item.page);
  const lines: Line[] = [
    ['TY', ris],
    ...names('AU', item.author),
    ...names('ED', item.editor),
    ['TI', item.title],
    ...containerLines(item, ris),
    ...risDate(item),
    ['VL', item.volume],
    ['IS', item.issue],
    ['SP', first],
    ['EP', last],
    ['ET', item.edition ?? item.version],
    ['PB', item.publisher],
    ['CY', item['publisher-place']],
    ['SN', ris === 'RPRT' ? item.number : (item.ISSN ?? item.ISBN)],
    ['DO', item.DOI],
    ['UR', publicUrl(item)],
    ...identifierLines(item),
    ['AB', item.abstract],
    // One N1 per line of the note: Zotero keeps each as a note of its own.
    ...String(item.note ?? '')
      .split('\n')
      .map((line): Line => ['N1', line]),
    ['ID', item.id],
  ];
  const body = lines.filter(([, value]) => value !== undefined && value !== null && String(value).trim() !== '').map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
  return `${body.join('\r\n')}\r\nER  - \r\n`;
}

/** Writes several records, separated by a blank line. */
export function formatRis(items: CslItem[]): string {
  return items.map(formatRisRecord).join('\r\n');
}

/**
 * Joins RIS files written by {@link formatRis} into one: a record in several files (a shared
 * crossref parent) is kept once, where it first appears.
 */
export function joinRis(files: string[]): string {
  // Each record ends at its `ER  - ` line; trimming takes the tag's trailing space, put back after.
  const records = files.flatMap((file) => file.split(/(?<=^ER {2}- ?\r?\n)/m)).map((record) => record.trim().replace(/^ER {2}-$/m, 'ER  - '));
  const kept = new Set(records.filter((record) => record !== ''));
  return `${[...kept].join('\r\n\r\n')}\r\n`;
}
