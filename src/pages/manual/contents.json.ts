import type { APIRoute } from 'astro';
import { serialiseManualContents } from '../../lib/manual/manual-contents.ts';
import { getManualChapters, getManualEdition } from '../../queries/manual.ts';

/** /manual/contents.json: the manual's title, edition and chapters in order, for the PDF step (scripts/build-pdfs.ts) and anyone else. */
export const GET: APIRoute = async () => {
  const [chapters, edition] = await Promise.all([getManualChapters(), getManualEdition()]);
  const contents = {
    title: edition.title,
    edition: { version: edition.version, date: edition.date },
    chapters: chapters.map((chapter) => ({ slug: chapter.slug, title: chapter.entry.data.title, order: chapter.number })),
  };
  return new Response(serialiseManualContents(contents), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
