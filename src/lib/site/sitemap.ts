/** Escapes text for an XML element. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A sitemap (sitemaps.org protocol) listing every page address once, sorted so builds are reproducible. */
export function buildSitemapXml(site: string, pathnames: string[]): string {
  const urls = [...new Set(pathnames.map((pathname) => new URL(pathname, site).href))].sort();
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}
