import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { withBase } from '../lib/site/site-identity.ts';
import { reviewDateOfPage } from '../lib/site/review-date.ts';
import { buildSitemapXml } from '../lib/site/sitemap.ts';

/**
 * Writes dist/sitemap.xml listing every HTML page of the build (not the export files, nor the 404
 * page), each prose page with its review date as `lastmod` (read from the built page, where
 * ProseLayout writes it; publication pages, which are many and carry none, are not read).
 */
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
        const sitePaths = pages.map((page) => `/${page.pathname}`).filter((pathname) => (pathname === '/' || pathname.endsWith('/')) && pathname !== '/404/');
        const lastmod = new Map<string, string>();
        for (const sitePath of sitePaths.filter((pathname) => !pathname.startsWith('/publications/'))) {
          const date = reviewDateOfPage(await readFile(new URL(`.${sitePath}index.html`, dir), 'utf8'));
          if (date) lastmod.set(withBase(base, sitePath), date);
        }
        const pathnames = sitePaths.map((pathname) => withBase(base, pathname));
        await writeFile(new URL('sitemap.xml', dir), buildSitemapXml(site, pathnames, lastmod));
        logger.info(`sitemap.xml lists ${pathnames.length} pages`);
      },
    },
  };
}
