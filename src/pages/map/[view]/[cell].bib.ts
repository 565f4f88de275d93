import type { APIRoute, GetStaticPaths } from 'astro';
import { exportResponse, formatExport } from '../../../queries/exports.ts';
import { FRAMEWORK } from '../../../queries/framework.ts';
import { getEvidenceMaps } from '../../../queries/map.ts';
import { getPublicationsForExport } from '../../../queries/publications.ts';

export const getStaticPaths = (async () => {
  const { maps } = await getEvidenceMaps();
  return maps.flatMap((map) =>
    map.cells.flat().filter((cell) => cell.publications.length > 0).map((cell) => ({
      params: { view: map.view, cell: cell.id },
      props: { title: `${cell.row.title} × ${cell.column.title} (${map.label})`, keys: cell.publications.map((node) => node.id.replace(/^pub:/, '')) },
    })),
  );
}) satisfies GetStaticPaths;

/** /map/<view>/<row item>--<column item>.bib: the publications of one evidence-map cell. */
export const GET: APIRoute = async ({ props }) => {
  const records = await getPublicationsForExport(props.keys as string[]);
  return exportResponse(formatExport(records, 'bib', `${FRAMEWORK.programme} evidence map: ${String(props.title)}`), 'bib');
};
