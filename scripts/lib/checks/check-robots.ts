import type { BuiltSite } from './built-site.ts';
import type { SiteProblem } from './site-problem.ts';
import { decodeAddress, resolveAddress } from './site-paths.ts';

const ROBOTS = 'robots.txt';

/**
 * Checks `robots.txt`, when the build has one: each `Sitemap:` line must give an absolute URL (the
 * robots exclusion protocol requires it; crawlers and Lighthouse reject a relative one) on the
 * site's origin, of a file in the build.
 */
export function checkRobots(site: BuiltSite): SiteProblem[] {
  if (site.robotsTxt === undefined) return [];
  const sitemaps = [...site.robotsTxt.matchAll(/^\s*sitemap\s*:\s*(\S*)/gim)].map((match) => match[1] ?? '');
  return sitemaps.flatMap((url): SiteProblem[] => {
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
      return [
        {
          file: ROBOTS,
          message: `names the sitemap as "${url}", which is not an absolute URL`,
          fix: `write the full address (Sitemap: ${new URL('/sitemap.xml', site.origin).href}), from the site setting in astro.config.mjs`,
        },
      ];
    const target = new URL(url);
    const pathname = decodeAddress(target.pathname);
    if (target.origin !== site.origin || pathname === undefined || resolveAddress(pathname, site.files, site.base).kind !== 'file') {
      return [
        {
          file: ROBOTS,
          message: `names the sitemap as ${url}, which is not a file of this build on ${site.origin}`,
          fix: `point it at ${new URL('/sitemap.xml', site.origin).href}`,
        },
      ];
    }
    return [];
  });
}
