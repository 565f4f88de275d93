import { expect, it } from 'vitest';
import { buildSitemapXml } from './sitemap.ts';

it('lists each page once, sorted, as absolute addresses', () => {
  expect(buildSitemapXml('https://example.org', ['/b/', '/', '/a/?x=1&y=2', '/b/'])).toBe(
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      '  <url><loc>https://example.org/</loc></url>\n  <url><loc>https://example.org/a/?x=1&amp;y=2</loc></url>\n  <url><loc>https://example.org/b/</loc></url>\n</urlset>\n',
  );
});

it('gives a page its review date as lastmod, and none to a page without one', () => {
  expect(buildSitemapXml('https://example.org', ['/a/', '/b/'], new Map([['/a/', '2026-12-01']]))).toContain(
    '  <url><loc>https://example.org/a/</loc><lastmod>2026-12-01</lastmod></url>\n  <url><loc>https://example.org/b/</loc></url>\n',
  );
});
