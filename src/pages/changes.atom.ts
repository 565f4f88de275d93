import type { APIRoute } from 'astro';
import { buildChangesFeed } from '../lib/changes/atom-feed.ts';
import { getChanges } from '../queries/changes.ts';
import { getPublications } from '../queries/publications.ts';
import { SITE, siteUrl } from '../queries/site.ts';
import { SITE_TITLE } from '../site.ts';

/** /changes.atom: the changelog as an Atom 1.0 feed, with absolute links from the configured site address. */
export const GET: APIRoute = async () => {
  const [changes, publications] = await Promise.all([getChanges(), getPublications()]);
  const publicationTitles = new Map(publications.map((record) => [record.key, record.item.title ?? record.key]));
  const xml = buildChangesFeed(changes, { title: SITE_TITLE, owner: SITE.owner, url: siteUrl, publicationTitles });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
