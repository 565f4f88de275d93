/**
 * The site's robots.txt: every page may be crawled, and the sitemap is named by its absolute
 * address on the published site, as the robots exclusion protocol requires (a relative one is ignored).
 * `home` is the site's home address, base path included: the sitemap lies beside the home page.
 */
export function buildRobotsTxt(home: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${new URL('sitemap.xml', home).href}\n`;
}
