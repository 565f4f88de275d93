import type { APIRoute } from 'astro';
import { getEvidenceGraph } from '../queries/graph.ts';
import { sitePath } from '../queries/site.ts';

/** /graph.json: every node and typed edge of the evidence graph, with its build-time layout (schema in the README); node hrefs under the base path. */
export const GET: APIRoute = async () => {
  const graph = await getEvidenceGraph();
  const published = { ...graph, nodes: graph.nodes.map((node) => ({ ...node, href: sitePath(node.href) })) };
  return new Response(`${JSON.stringify(published)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
