import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionKey } from 'astro:content';
import { findUnknownCitations, indexCitingDocuments, type CitingDocument } from '../lib/citations/find-citations.ts';
import { getPublications } from './publications.ts';
import { FRAMEWORK, itemHref } from './framework.ts';

/** The collections whose MDX may cite publications (every dimension, the pages, the manual), and the address of each entry. */
const PROSE_COLLECTIONS: Record<string, (id: string) => string> = {
  ...Object.fromEntries(FRAMEWORK.dimensions.map((dimension) => [dimension.id, (id: string) => itemHref(dimension, id)])),
  pages: (id: string) => (id === 'home' ? '/' : `/${id}/`),
  manual: (id: string) => `/manual/${id}/`,
};

let cached: Promise<{ documents: CitingDocument[]; index: Map<string, CitingDocument[]> }> | undefined;

/** Number of lines before the MDX body (the frontmatter), so messages give the file's own line numbers. */
async function bodyLineOffset(filePath: string | undefined, body: string): Promise<number> {
  if (!filePath) return 0;
  const raw = await readFile(filePath, 'utf8');
  const start = raw.indexOf(body.slice(0, 200));
  return start <= 0 ? 0 : raw.slice(0, start).split('\n').length - 1;
}

/**
 * Every prose document and the citations in it, checked once per build: an unknown key fails the
 * build with the file, the line and the fix.
 */
export function getCitationIndex(): Promise<{ documents: CitingDocument[]; index: Map<string, CitingDocument[]> }> {
  cached ??= (async () => {
    const documents: CitingDocument[] = [];
    for (const [collection, hrefOf] of Object.entries(PROSE_COLLECTIONS)) {
      const entries = (await getCollection(collection as CollectionKey)) as unknown as { id: string; filePath?: string; body?: string; data: { title: string } }[];
      for (const entry of entries) {
        const body = entry.body ?? '';
        documents.push({
          file: entry.filePath ?? `${collection}/${entry.id}`,
          href: hrefOf(entry.id),
          title: entry.data.title,
          body,
          bodyLineOffset: await bodyLineOffset(entry.filePath, body),
        });
      }
    }
    const keys = new Set((await getPublications()).map((record) => record.key));
    const unknown = findUnknownCitations(documents, keys);
    if (unknown.length > 0) throw new Error(`Unknown citation keys in the content:\n${unknown.map((message) => `  - ${message}`).join('\n')}`);
    return { documents, index: indexCitingDocuments(documents) };
  })();
  return cached;
}

/** The pages that cite a publication, for its "Cited on" list. */
export async function getCitingPages(key: string): Promise<{ href: string; title: string }[]> {
  const { index } = await getCitationIndex();
  return (index.get(key) ?? []).map((document) => ({ href: document.href, title: document.title }));
}
