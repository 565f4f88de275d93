import type { APIRoute } from 'astro';
import { addStudyTypes, buildKnownItems } from '../../lib/search/known-items.ts';
import { getPublications } from '../../queries/publications.ts';
import { getTaxonomy, listStudyTypes, studyTypeOf } from '../../queries/taxonomy.ts';

/**
 * /search/known-items.json: each DOI, citation key, title and in-text label ("le boutillier 2011")
 * of a publication, and each study type's name ("trial"), with the keys it names. Loaded by the
 * search (search-engine.ts) on the first search with words, never by other pages.
 */
export const GET: APIRoute = async () => {
  const [publications, taxonomy] = await Promise.all([getPublications(), getTaxonomy()]);
  const studyTypes = listStudyTypes(taxonomy).map((type) => ({
    id: type.id,
    title: type.title,
    keys: publications.filter((record) => studyTypeOf(taxonomy.annotations.get(record.key)) === type.id).map((record) => record.key),
  }));
  const lookup = addStudyTypes(buildKnownItems(publications), studyTypes);
  return new Response(`${JSON.stringify(lookup)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
