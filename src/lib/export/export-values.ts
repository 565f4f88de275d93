import type { CslDate, CslItem } from '../csl/csl-item.ts';

/**
 * Values several writers share, so that the RIS, COinS, page metadata and JSON-LD of one item
 * agree: its date and the address a reader should follow.
 */

/** The issued date as ISO 8601 with as many parts as are known: "2015", "2015-05", "2015-05-21". */
export function isoDate(date: CslDate | undefined): string | undefined {
  const parts = date?.['date-parts']?.[0];
  if (!parts?.length || parts[0] === undefined || parts[0] === '') return undefined;
  return parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

/** The publication's own web address: its URL, else its DOI as a doi.org address. */
export function publicUrl(item: CslItem): string | undefined {
  if (item.URL) return item.URL;
  return item.DOI ? `https://doi.org/${item.DOI}` : undefined;
}

/** A page range split into first and last page ("445-452" or "445–452"); an article number is a first page only. */
export function splitPages(page: string | undefined): { first?: string; last?: string } {
  if (!page) return {};
  const [first, last] = String(page).split(/\s*[-–]+\s*/);
  return { first: first || undefined, last: last || undefined };
}
