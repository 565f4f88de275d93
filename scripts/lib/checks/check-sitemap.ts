import { DomUtils, parseDocument } from 'htmlparser2';
import type { BuiltSite } from './built-site.ts';
import type { SiteProblem } from './site-problem.ts';
import { addressOf, decodeAddress, isHtmlFile, resolveAddress } from './site-paths.ts';

const SITEMAP = 'sitemap.xml';

/** The `<loc>` addresses of a sitemap, in order. */
export function readSitemapLocations(xml: string): string[] {
  const document = parseDocument(xml, { xmlMode: true });
  return DomUtils.getElementsByTagName('loc', document.children).map((loc) => DomUtils.textContent(loc).trim());
}

/** Each `<url>`'s `<loc>` and its `<lastmod>` (undefined when it has none). */
export function readSitemapLastmods(xml: string): Map<string, string | undefined> {
  const document = parseDocument(xml, { xmlMode: true });
  return new Map(
    DomUtils.getElementsByTagName('url', document.children).map((url) => {
      const text = (name: string) => {
        const element = DomUtils.getElementsByTagName(name, url.children)[0];
        return element ? DomUtils.textContent(element).trim() : undefined;
      };
      return [text('loc') ?? '', text('lastmod')];
    }),
  );
}

function checkLocation(site: BuiltSite, loc: string): SiteProblem | undefined {
  if (!URL.canParse(loc)) return { file: SITEMAP, message: `lists "${loc}", which is not an absolute URL`, fix: "write full addresses on the site's origin" };
  const url = new URL(loc);
  if (url.origin !== site.origin)
    return { file: SITEMAP, message: `lists ${loc}, which is not on the site's origin ${site.origin}`, fix: 'build the sitemap from the site setting in astro.config.mjs' };
  const pathname = decodeAddress(url.pathname);
  const resolved = pathname === undefined ? undefined : resolveAddress(pathname, site.files, site.base);
  if (resolved?.kind !== 'file' || !isHtmlFile(resolved.file))
    return { file: SITEMAP, message: `lists ${loc}, which is not a page in the build`, fix: "list only built pages (src/integrations/sitemap.ts takes them from Astro's build)" };
  if (site.pages.get(resolved.file)?.isNoindex)
    return {
      file: SITEMAP,
      message: `lists ${loc}, whose page asks search engines not to index it (robots noindex)`,
      fix: 'leave noindex pages out of the sitemap, or drop their noindex',
    };
  return undefined;
}

/**
 * Checks `sitemap.xml` against the build: it lists every page meant for search engines (not
 * redirects, not noindex pages) once, and nothing that is not a page of the build; each page's
 * `lastmod` is the review date the page shows, and a page showing none has none.
 */
export function checkSitemap(site: BuiltSite): SiteProblem[] {
  if (site.sitemapXml === undefined) return [{ file: SITEMAP, message: 'is missing', fix: 'keep sitemapIntegration() in astro.config.mjs' }];
  const locations = readSitemapLocations(site.sitemapXml);
  const problems: SiteProblem[] = [];
  const listed = new Set<string>();
  for (const loc of locations) {
    if (listed.has(loc)) problems.push({ file: SITEMAP, message: `lists ${loc} more than once`, fix: 'list each page once' });
    listed.add(loc);
    const problem = checkLocation(site, loc);
    if (problem) problems.push(problem);
  }
  const lastmods = readSitemapLastmods(site.sitemapXml);
  for (const [file, page] of site.pages) {
    if (page.isRedirect || page.isNoindex) continue;
    const loc = new URL(addressOf(file, site.base), site.origin).href;
    // A page that says when it was last reviewed gives that day to search engines, and no other page claims one.
    if (listed.has(loc) && lastmods.get(loc) !== page.reviewed)
      problems.push({
        file,
        message: page.reviewed
          ? `says it was last reviewed on ${page.reviewed}, but ${SITEMAP} gives ${lastmods.get(loc) ?? 'no lastmod'}`
          : `has no review date, but ${SITEMAP} gives it lastmod ${lastmods.get(loc)}`,
        fix: 'let src/integrations/sitemap.ts take lastmod from the built page (data-reviewed)',
      });
    if (!listed.has(loc))
      problems.push({
        file,
        message: `is not listed in ${SITEMAP} (as ${loc})`,
        fix: 'let Astro build the page (the sitemap integration lists the pages Astro built); a page written by a later build step must be added to the sitemap there',
      });
  }
  return problems;
}
