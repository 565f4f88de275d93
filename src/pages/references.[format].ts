import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFormatOfRoute, exportFormatPaths, publicationsResponse } from '../queries/exports.ts';
import { getPublications } from '../queries/publications.ts';

export const getStaticPaths = (() => exportFormatPaths((format) => format.wholeBibliography)) satisfies GetStaticPaths;

/** /references.<extension>: the whole bibliography, in every format that offers it. */
export const GET: APIRoute = async ({ props }) => publicationsResponse(await getPublications(), exportFormatOfRoute(props), 'The REFOCUS evidence base: all publications');
