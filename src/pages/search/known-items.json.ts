import type { APIRoute } from 'astro';
import { buildKnownItems } from '../../lib/search/known-items.ts';
import { getPublications } from '../../queries/publications.ts';

/**
 * /search/known-items.json: each DOI, citation key, title and in-text label ("le boutillier 2011")
 * of a publication, with the keys it names. Loaded by the search (search-engine.ts) on the first
 * search with words, never by other pages.
 */
export const GET: APIRoute = async () => {
  const lookup = buildKnownItems(await getPublications());
  return new Response(`${JSON.stringify(lookup)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
