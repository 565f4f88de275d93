/**
 * The site's robots.txt: every page may be crawled, and the sitemap is named by its absolute
 * address on the published site, as the robots exclusion protocol requires (a relative one is ignored).
 */
export function buildRobotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
}
