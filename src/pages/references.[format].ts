import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORT_FORMATS, exportResponse, formatExport, type ExportFormat } from '../queries/exports.ts';
import { getPublications } from '../queries/publications.ts';

export const getStaticPaths = (() => Object.keys(EXPORT_FORMATS).map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

/** /references.bib, .ris and .json: the whole bibliography. */
export const GET: APIRoute = async ({ params }) => {
  const format = params.format as ExportFormat;
  return exportResponse(formatExport(await getPublications(), format, 'The REFOCUS evidence base: all publications'), format);
};
