import type { APIRoute, GetStaticPaths } from 'astro';
import { exportResponse, formatExport } from '../../queries/exports.ts';
import { getPublicationsForExport } from '../../queries/publications.ts';
import { getPublicationsTagged, getTaxonomy } from '../../queries/taxonomy.ts';

export const getStaticPaths = (async () => (await getTaxonomy()).stages.map((entry) => ({ params: { stage: entry.id }, props: { title: entry.data.title } }))) satisfies GetStaticPaths;

/** /evidence/<stage>.bib: the publications of one MRC stage. */
export const GET: APIRoute = async ({ params, props }) => {
  const tagged = await getPublicationsTagged('stages', String(params.stage));
  const records = await getPublicationsForExport(tagged.map((record) => record.key));
  return exportResponse(formatExport(records, 'bib', `REFOCUS evidence base: ${String(props.title)}`), 'bib');
};
