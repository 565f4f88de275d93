import type { APIRoute } from 'astro';
import { buildRobotsTxt } from '../lib/site/robots.ts';
import { SITE } from '../queries/site.ts';

/** /robots.txt, written from the site's address (content/site.yaml, SITE_URL, BASE_PATH) so that the sitemap's address is absolute. */
export const GET: APIRoute = () => new Response(buildRobotsTxt(SITE.home), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
