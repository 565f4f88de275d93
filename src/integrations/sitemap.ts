import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { buildSitemapXml } from '../lib/site/sitemap.ts';

/** Writes dist/sitemap.xml listing every HTML page of the build (not the export files). */
export function sitemapIntegration(): AstroIntegration {
  let site = 'http://localhost/';
  return {
    name: 'refocus-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const pathnames = pages.map((page) => `/${page.pathname}`).filter((pathname) => pathname === '/' || pathname.endsWith('/'));
        await writeFile(new URL('sitemap.xml', dir), buildSitemapXml(site, pathnames));
        logger.info(`sitemap.xml lists ${pathnames.length} pages`);
      },
    },
  };
}
