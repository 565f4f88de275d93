import { formatBibtex } from '../lib/export/format-bibtex.ts';
import { formatCslJson } from '../lib/export/format-csl-json.ts';
import { formatRis } from '../lib/export/format-ris.ts';
import { SITE_TITLE } from '../site.ts';
import type { PublicationRecord } from './publications.ts';

/** The three export formats, their file extension and media type. */
export const EXPORT_FORMATS = {
  bib: { label: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The publications written in one export format. */
export function formatExport(records: PublicationRecord[], format: ExportFormat, title?: string): string {
  if (format === 'bib') return formatBibtex(records, title ? `${title}\nExported from ${SITE_TITLE}` : undefined);
  if (format === 'ris') return formatRis(records.map((record) => record.item));
  return formatCslJson(records.map((record) => record.item));
}

/** An endpoint response for an export. */
export function exportResponse(body: string, format: ExportFormat): Response {
  return new Response(body, { headers: { 'Content-Type': EXPORT_FORMATS[format].mediaType } });
}
