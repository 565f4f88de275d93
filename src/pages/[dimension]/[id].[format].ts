import type { APIRoute, GetStaticPaths } from 'astro';
import type { Dimension } from '../../schemas/framework.ts';
import { exportFormatOfRoute, exportFormatPaths, publicationsResponse } from '../../queries/exports.ts';
import { FRAMEWORK } from '../../queries/framework.ts';
import { getPublicationsForExport } from '../../queries/publications.ts';
import { getPublicationsTagged, getTaxonomy, itemsOf } from '../../queries/taxonomy.ts';

/** One file per list export format for each item of every dimension declared with `itemBibliography: true`. */
export const getStaticPaths = (async () => {
  const taxonomy = await getTaxonomy();
  const items = FRAMEWORK.dimensions
    .filter((dimension) => dimension.itemBibliography)
    .flatMap((dimension) => itemsOf(taxonomy, dimension).map((entry) => ({ params: { dimension: dimension.route, id: entry.id }, props: { dimension, title: entry.data.title } })));
  return exportFormatPaths((format) => format.lists).flatMap(({ params, props }) =>
    items.map((item) => ({ params: { ...params, ...item.params }, props: { ...props, ...item.props } })),
  );
}) satisfies GetStaticPaths;

/** /<route>/<id>.<extension> (e.g. /evidence/theory.bib): the publications tagged with one item. */
export const GET: APIRoute = async ({ params, props }) => {
  const tagged = await getPublicationsTagged(props.dimension as Dimension, String(params.id));
  const records = await getPublicationsForExport(tagged.map((record) => record.key));
  return publicationsResponse(records, exportFormatOfRoute(props), `${FRAMEWORK.programme} evidence base: ${String(props.title)}`);
};
