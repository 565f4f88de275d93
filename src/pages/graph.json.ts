import type { APIRoute } from 'astro';
import { getEvidenceGraph } from '../queries/graph.ts';

/** /graph.json: every node and typed edge of the evidence graph, with its build-time layout (schema in the README). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getEvidenceGraph())}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
