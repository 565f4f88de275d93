import type { APIRoute } from 'astro';
import { buildRobotsTxt } from '../lib/site/robots.ts';

/** /robots.txt, written from the site setting so that the sitemap's address is absolute. */
export const GET: APIRoute = ({ site }) => new Response(buildRobotsTxt(new URL('/', site).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
