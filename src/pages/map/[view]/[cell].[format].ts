import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFormatOfRoute, exportFormatPaths, publicationsResponse } from '../../../queries/exports.ts';
import { FRAMEWORK } from '../../../queries/framework.ts';
import { getEvidenceMaps } from '../../../queries/map.ts';
import { getPublicationsForExport } from '../../../queries/publications.ts';

export const getStaticPaths = (async () => {
  const { maps } = await getEvidenceMaps();
  const cells = maps.flatMap((map) =>
    map.cells
      .flat()
      .filter((cell) => cell.publications.length > 0)
      .map((cell) => ({
        params: { view: map.view, cell: cell.id },
        props: { title: `${cell.row.title} × ${cell.column.title} (${map.label})`, keys: cell.publications.map((node) => node.id.replace(/^pub:/, '')) },
      })),
  );
  return exportFormatPaths((format) => format.lists).flatMap((path) =>
    cells.map((cell) => ({ params: { ...path.params, ...cell.params }, props: { ...path.props, ...cell.props } })),
  );
}) satisfies GetStaticPaths;

/** /map/<view>/<row item>--<column item>.<extension>: the publications of one evidence-map cell, in every format that offers lists. */
export const GET: APIRoute = async ({ props }) => {
  const records = await getPublicationsForExport(props.keys as string[]);
  return publicationsResponse(records, exportFormatOfRoute(props), `${FRAMEWORK.programme} evidence map: ${String(props.title)}`);
};
