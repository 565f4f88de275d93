import type { APIRoute, GetStaticPaths } from 'astro';
import type { Dimension } from '../../schemas/framework.ts';
import { exportResponse, formatExport } from '../../queries/exports.ts';
import { FRAMEWORK } from '../../queries/framework.ts';
import { getPublicationsForExport } from '../../queries/publications.ts';
import { getPublicationsTagged, getTaxonomy, itemsOf } from '../../queries/taxonomy.ts';

/** One .bib file per item of every dimension declared with `itemBibliography: true`. */
export const getStaticPaths = (async () => {
  const taxonomy = await getTaxonomy();
  return FRAMEWORK.dimensions.filter((dimension) => dimension.itemBibliography).flatMap((dimension) =>
    itemsOf(taxonomy, dimension).map((entry) => ({ params: { dimension: dimension.route, id: entry.id }, props: { dimension, title: entry.data.title } })));
}) satisfies GetStaticPaths;

/** /<route>/<id>.bib (e.g. /evidence/theory.bib): the publications tagged with one item. */
export const GET: APIRoute = async ({ params, props }) => {
  const tagged = await getPublicationsTagged(props.dimension as Dimension, String(params.id));
  const records = await getPublicationsForExport(tagged.map((record) => record.key));
  return exportResponse(formatExport(records, 'bib', `${FRAMEWORK.programme} evidence base: ${String(props.title)}`), 'bib');
};
