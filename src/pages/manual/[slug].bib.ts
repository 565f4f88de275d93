import type { APIRoute, GetStaticPaths } from 'astro';
import { formatChapterBibtex } from '../../lib/export/cite-chapter.ts';
import { getManualChapters, getManualEdition } from '../../queries/manual.ts';
import { exportFormat, exportResponse } from '../../queries/exports.ts';
import { siteUrl } from '../../queries/site.ts';
import { SITE_TITLE } from '../../site.ts';

export const getStaticPaths = (async () =>
  (await getManualChapters()).map((chapter) => ({ params: { slug: chapter.slug }, props: { title: chapter.entry.data.title } }))) satisfies GetStaticPaths;

/** /manual/<slug>.bib: how to cite one chapter of the manual summary (a BibTeX entry from cite-chapter.ts, so BibTeX only). */
export const GET: APIRoute = async ({ params, props }) => {
  const edition = await getManualEdition();
  const slug = String(params.slug);
  const bib = formatChapterBibtex({
    slug,
    chapterTitle: String(props.title),
    manualTitle: edition.title,
    siteTitle: SITE_TITLE,
    version: edition.version,
    date: edition.date,
    url: siteUrl(`/manual/${slug}/`),
  });
  return exportResponse(bib, exportFormat('bib'));
};
