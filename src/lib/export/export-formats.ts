import { SITE_TITLE } from '../../site.ts';
import type { CslItem } from '../csl/csl-item.ts';
import { formatBibtex, type BibtexEntryInput } from './format-bibtex.ts';
import { formatCslJson } from './format-csl-json.ts';
import { formatRis } from './format-ris.ts';

/** The three export formats, their file extension and media type. */
export const EXPORT_FORMATS = {
  bib: { label: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** What an export needs of a publication: its BibTeX as written and its (plain-text) CSL item. */
export interface ExportablePublication extends BibtexEntryInput {
  item: CslItem;
}

/** The publications written in one export format. */
export function formatExport(records: ExportablePublication[], format: ExportFormat, title?: string): string {
  if (format === 'bib') return formatBibtex(records, title ? `${title}\nExported from ${SITE_TITLE}` : undefined);
  if (format === 'ris') return formatRis(records.map((record) => record.item));
  return formatCslJson(records.map((record) => record.item));
}

/**
 * A lookup of the publications with these keys plus every crossref parent they need, children first
 * (BibTeX wants a crossref'd entry after the entries that use it). Keys match regardless of case.
 */
export function crossrefClosure<T extends ExportablePublication>(all: T[]): (keys: string[]) => T[] {
  const byKey = new Map(all.map((record) => [record.key.toLowerCase(), record]));
  return (keys) => {
    const chosen: T[] = [];
    const seen = new Set<string>();
    const add = (key: string) => {
      const record = byKey.get(key.toLowerCase());
      if (!record || seen.has(record.key)) return;
      seen.add(record.key);
      chosen.push(record);
      const parent = record.fields.find((field) => field.name === 'crossref');
      if (parent) add(parent.value.trim());
    };
    keys.forEach(add);
    return chosen;
  };
}
