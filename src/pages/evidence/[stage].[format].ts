import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFormatOfRoute, exportFormatPaths, publicationsResponse } from '../../queries/exports.ts';
import { getPublicationsForExport } from '../../queries/publications.ts';
import { getPublicationsTagged, getTaxonomy } from '../../queries/taxonomy.ts';

export const getStaticPaths = (async () => {
  const stages = (await getTaxonomy()).stages;
  return exportFormatPaths((format) => format.lists).flatMap(({ params, props }) =>
    stages.map((entry) => ({ params: { ...params, stage: entry.id }, props: { ...props, title: entry.data.title } })),
  );
}) satisfies GetStaticPaths;

/** /evidence/<stage>.<extension>: the publications of one MRC stage, in every format that offers lists. */
export const GET: APIRoute = async ({ params, props }) => {
  const tagged = await getPublicationsTagged('stages', String(params.stage));
  const records = await getPublicationsForExport(tagged.map((record) => record.key));
  return publicationsResponse(records, exportFormatOfRoute(props), `REFOCUS evidence base: ${String(props.title)}`);
};
