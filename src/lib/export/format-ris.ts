import type { CslDate, CslItem, CslName } from '../csl/csl-item.ts';

/** CSL item types and their RIS reference types (RIS has no exact match for every CSL type). */
const RIS_TYPES: Record<string, string> = {
  'article-journal': 'JOUR', article: 'JOUR', 'article-magazine': 'MGZN', 'article-newspaper': 'NEWS',
  book: 'BOOK', chapter: 'CHAP', 'paper-conference': 'CPAPER', report: 'RPRT', thesis: 'THES',
  webpage: 'ELEC', dataset: 'DATA', software: 'COMP', patent: 'PAT', manuscript: 'UNPB', document: 'GEN',
};

function risName(name: CslName): string {
  if (!name.given) return name.family ?? name.literal ?? '';
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return `${family}, ${name.given}${name.suffix ? `, ${name.suffix}` : ''}`;
}

function risDate(date: CslDate | undefined): { year?: string; full?: string } {
  const [year, month, day] = date?.['date-parts']?.[0] ?? [];
  if (year === undefined) return {};
  const pad = (part: number | string | undefined) => (part === undefined ? '' : String(part).padStart(2, '0'));
  return { year: String(year), full: `${year}/${pad(month)}/${pad(day)}/` };
}

/** RIS allows no line breaks inside a value. */
function oneLine(value: unknown): string {
  return String(value).replace(/\s+/g, ' ').trim();
}

/**
 * Writes one CSL item as a RIS record (the format Zotero, EndNote and Mendeley import). The
 * tags follow the RIS specification: TY first, ER last, each line `XX  - value`.
 */
export function formatRisRecord(item: CslItem): string {
  const lines: [string, unknown][] = [['TY', RIS_TYPES[item.type] ?? 'GEN']];
  for (const name of item.author ?? []) lines.push(['AU', risName(name)]);
  for (const name of item.editor ?? []) lines.push(['ED', risName(name)]);
  lines.push(['TI', item.title]);
  const container = item['container-title'];
  if (container) lines.push([item.type === 'article-journal' ? 'JO' : 'T2', container]);
  const { year, full } = risDate(item.issued);
  lines.push(['PY', year], ['DA', full], ['VL', item.volume], ['IS', item.issue]);
  const [startPage, endPage] = String(item.page ?? '').split(/[-–]/);
  if (item.page) lines.push(['SP', startPage], ['EP', endPage]);
  lines.push(['ET', item.edition], ['PB', item.publisher], ['CY', item['publisher-place']], ['SN', item.ISSN ?? item.ISBN]);
  lines.push(['DO', item.DOI], ['UR', item.URL ?? (item.DOI ? `https://doi.org/${item.DOI}` : undefined)]);
  if (item.PMID) lines.push(['AN', `PMID: ${item.PMID}`]);
  lines.push(['AB', item.abstract], ['N1', item.note], ['ID', item.id]);
  const body = lines
    .filter(([, value]) => value !== undefined && value !== null && String(value).trim() !== '')
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
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
