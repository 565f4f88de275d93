import { EXPORT_FORMATS, type ExportFormat } from '../lib/export/export-formats.ts';

export { EXPORT_FORMATS, formatExport, type ExportFormat } from '../lib/export/export-formats.ts';

/** An endpoint response for an export. */
export function exportResponse(body: string, format: ExportFormat): Response {
  return new Response(body, { headers: { 'Content-Type': EXPORT_FORMATS[format].mediaType } });
}
