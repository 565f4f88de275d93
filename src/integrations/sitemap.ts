import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { withBase } from '../lib/site/site-identity.ts';
import { buildSitemapXml } from '../lib/site/sitemap.ts';

/** Writes dist/sitemap.xml listing every HTML page of the build (not the export files, nor the 404 page). */
export function sitemapIntegration(): AstroIntegration {
  let site = 'http://localhost/';
  let base = '/';
  return {
    name: 'refocus-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        // Astro names pages without the base path; the sitemap lists their published addresses.
        const pathnames = pages
          .map((page) => `/${page.pathname}`)
          .filter((pathname) => (pathname === '/' || pathname.endsWith('/')) && pathname !== '/404/')
          .map((pathname) => withBase(base, pathname));
        await writeFile(new URL('sitemap.xml', dir), buildSitemapXml(site, pathnames));
        logger.info(`sitemap.xml lists ${pathnames.length} pages`);
      },
    },
  };
}
