import type { GraphNode } from './graph-types.ts';

/** Publication rows written into /graph/ itself; the explorer adds any others from graph.json. */
export const TABLE_PUBLICATION_ROWS = 500;

/**
 * The nodes the server-rendered table lists: every framework item, and the first `limit`
 * publications (the graph holds them newest first). A very large graph would otherwise make the
 * page hundreds of kilobytes; the publications list has every publication without JavaScript.
 */
export function tableNodes<T extends GraphNode>(nodes: T[], limit = TABLE_PUBLICATION_ROWS): { listed: T[]; publications: number; partial: boolean } {
  let publications = 0;
  const listed = nodes.filter((node) => node.type !== 'publication' || ++publications <= limit);
  return { listed, publications, partial: listed.length < nodes.length };
}
