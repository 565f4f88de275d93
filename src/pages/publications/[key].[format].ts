import type { APIRoute, GetStaticPaths } from 'astro';
import { publicationSlug } from '../../lib/site/publication-slug.ts';
import { EXPORT_FORMATS, exportResponse, formatExport, type ExportFormat } from '../../queries/exports.ts';
import { getPublications, getPublicationsForExport } from '../../queries/publications.ts';

const formats = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export const getStaticPaths = (async () =>
  (await getPublications()).flatMap((record) => formats.map((format) => ({ params: { key: publicationSlug(record.key), format }, props: { key: record.key } })))) satisfies GetStaticPaths;

/** /publications/<key>.bib, .ris and .json: one publication (with any entry it crossrefs) in each export format. */
export const GET: APIRoute = async ({ params, props }) => {
  const format = params.format as ExportFormat;
  return exportResponse(formatExport(await getPublicationsForExport([String(props.key)]), format), format);
};
