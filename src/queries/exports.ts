import { EXPORT_FORMATS, exportFormat, writeExport, type ExportablePublication, type ExportFormat } from '../lib/export/export-formats.ts';
import { SITE_TITLE } from '../site.ts';
import { getExportCaveats } from './provenance.ts';

export { EXPORT_FORMATS, exportFormat, type ExportFormat } from '../lib/export/export-formats.ts';
export { bibliographyExportLinks, listExportLinks, publicationExportLinks } from '../lib/export/export-addresses.ts';

/** An endpoint response holding text in an export format, with the format's media type. */
export function exportResponse(body: string, format: ExportFormat): Response {
  return new Response(body, { headers: { 'Content-Type': format.mediaType } });
}

/**
 * An endpoint response holding publications in a format, headed (where the format has comments) by
 * what they are and where from; an incomplete record carries its caveat (see ExportablePublication).
 */
export async function publicationsResponse(records: ExportablePublication[], format: ExportFormat, title: string): Promise<Response> {
  const caveats = await getExportCaveats();
  const withCaveats = records.map((record) => {
    const caveat = caveats.get(record.key);
    return caveat ? { ...record, caveat } : record;
  });
  return exportResponse(writeExport(withCaveats, format, `${title}\nExported from ${SITE_TITLE}`), format);
}

/** Route parameters for an export endpoint `…[format].ts`: one per format chosen, the extension as `format`. */
export function exportFormatPaths(choose: (format: ExportFormat) => boolean): { params: { format: string }; props: { formatId: string } }[] {
  return EXPORT_FORMATS.filter(choose).map((format) => ({ params: { format: format.extension }, props: { formatId: format.id } }));
}

/** The format an export endpoint was generated for (see {@link exportFormatPaths}). */
export function exportFormatOfRoute(props: Record<string, unknown>): ExportFormat {
  return exportFormat(String(props.formatId));
}
