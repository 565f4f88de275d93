/** Escapes text for an XML element. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A sitemap (sitemaps.org protocol) listing every page address once, sorted so builds are
 * reproducible, with `lastmod` where `lastmod` gives a date for the path (a page's review date).
 */
export function buildSitemapXml(site: string, pathnames: string[], lastmod: ReadonlyMap<string, string> = new Map()): string {
  const urls = new Map(pathnames.map((pathname) => [new URL(pathname, site).href, lastmod.get(pathname)]));
  const entries = [...urls.keys()]
    .sort()
    .map((url) => {
      const date = urls.get(url);
      return `  <url><loc>${escapeXml(url)}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}</url>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}
