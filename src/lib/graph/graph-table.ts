import type { GraphNode } from './graph-types.ts';

/** Publication rows written into /graph/ itself; the explorer adds any others from graph.json. */
export const TABLE_PUBLICATION_ROWS = 300;

/** What the server-rendered table lists. */
export interface GraphTable<T extends GraphNode> {
  /** The rows: every framework item, then the first publications. */
  listed: T[];
  /** How many publications the graph holds. */
  publications: number;
  /** True when some publications are left out of the page. */
  partial: boolean;
  /** A row's connections to show in the page (those that are rows too) and how many are left out. */
  connections: (id: string) => { shown: string[]; omitted: number };
}

/**
 * The nodes the server-rendered table lists: every framework item, and the first `limit`
 * publications (the graph holds them newest first), each with its connections among the listed
 * nodes. A very large graph would otherwise make the page hundreds of kilobytes (a stage connected
 * to thousands of publications lists them all); the explorer completes the table from graph.json,
 * and the publications list has every publication without JavaScript.
 */
export function tableNodes<T extends GraphNode>(nodes: T[], neighbours: Map<string, string[]>, limit = TABLE_PUBLICATION_ROWS): GraphTable<T> {
  let publications = 0;
  const listed = nodes.filter((node) => node.type !== 'publication' || ++publications <= limit);
  const listedIds = new Set(listed.map((node) => node.id));
  const partial = listed.length < nodes.length;
  return {
    listed,
    publications,
    partial,
    connections: (id) => {
      const all = neighbours.get(id) ?? [];
      const shown = partial ? all.filter((other) => listedIds.has(other)) : all;
      return { shown, omitted: all.length - shown.length };
    },
  };
}
