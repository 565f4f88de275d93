import { describe, expect, it } from 'vitest';
import { checkSitemap, readSitemapLocations } from './check-sitemap.ts';
import { makeSite, page, sitemapOf } from './fixtures/make-site.ts';
import { formatSiteProblem } from './site-problem.ts';

const lines = (problems: ReturnType<typeof checkSitemap>) => problems.map((problem) => formatSiteProblem(problem));
const pages = { 'index.html': page('index.html'), 'about/index.html': page('about/index.html') };

describe('checkSitemap', () => {
  it('accepts a sitemap that lists every indexable page once, without redirects and noindex pages', () => {
    const site = makeSite({
      ...pages,
      'old/index.html': '<!doctype html><title>Redirecting to: /</title><meta http-equiv="refresh" content="0;url=/">',
      '404.html': page('404.html', { head: '<meta name="robots" content="noindex">' }),
      'sitemap.xml': sitemapOf(['index.html', 'about/index.html']),
    });
    expect(checkSitemap(site)).toEqual([]);
  });

  it("gives each page's review date as its lastmod, and none to a page without one", () => {
    const reviewed = (date: string) => page('about/index.html', { body: `<p data-reviewed="${date}">Page last reviewed</p>` });
    const sitemap = (lastmod?: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url><url><loc>https://example.org/about/</loc><lastmod>2026-12-01</lastmod></url></urlset>`;
    expect(checkSitemap(makeSite({ 'index.html': page('index.html'), 'about/index.html': reviewed('2026-12-01'), 'sitemap.xml': sitemap() }))).toEqual([]);
    expect(lines(checkSitemap(makeSite({ 'index.html': page('index.html'), 'about/index.html': reviewed('2026-11-27'), 'sitemap.xml': sitemap('2026-12-01') })))).toEqual([
      'dist/index.html: has no review date, but sitemap.xml gives it lastmod 2026-12-01. Fix: let src/integrations/sitemap.ts take lastmod from the built page (data-reviewed).',
      'dist/about/index.html: says it was last reviewed on 2026-11-27, but sitemap.xml gives 2026-12-01. Fix: let src/integrations/sitemap.ts take lastmod from the built page (data-reviewed).',
    ]);
  });

  it('names a missing sitemap', () => {
    expect(lines(checkSitemap(makeSite(pages)))).toEqual(['dist/sitemap.xml: is missing. Fix: keep sitemapIntegration() in astro.config.mjs.']);
  });

  it('names pages left out, and entries that are not pages of the build, repeated, noindex or on another origin', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://example.org/</loc></url><url><loc>https://example.org/</loc></url>
      <url><loc>https://example.org/gone/</loc></url><url><loc>https://example.org/references.bib</loc></url>
      <url><loc>https://example.org/404.html</loc></url><url><loc>http://localhost:4321/about/</loc></url><url><loc>about/</loc></url></urlset>`;
    const site = makeSite({ ...pages, 'references.bib': '', '404.html': page('404.html', { head: '<meta name="robots" content="noindex">' }), 'sitemap.xml': xml });
    expect(lines(checkSitemap(site))).toEqual([
      'dist/sitemap.xml: lists https://example.org/ more than once. Fix: list each page once.',
      `dist/sitemap.xml: lists https://example.org/gone/, which is not a page in the build. Fix: list only built pages (src/integrations/sitemap.ts takes them from Astro's build).`,
      `dist/sitemap.xml: lists https://example.org/references.bib, which is not a page in the build. Fix: list only built pages (src/integrations/sitemap.ts takes them from Astro's build).`,
      'dist/sitemap.xml: lists https://example.org/404.html, whose page asks search engines not to index it (robots noindex). Fix: leave noindex pages out of the sitemap, or drop their noindex.',
      `dist/sitemap.xml: lists http://localhost:4321/about/, which is not on the site's origin https://example.org. Fix: build the sitemap from the site setting in astro.config.mjs.`,
      `dist/sitemap.xml: lists "about/", which is not an absolute URL. Fix: write full addresses on the site's origin.`,
      'dist/about/index.html: is not listed in sitemap.xml (as https://example.org/about/). Fix: let Astro build the page (the sitemap integration lists the pages Astro built); a page written by a later build step must be added to the sitemap there.',
    ]);
  });
});

it('reads the <loc> of each sitemap entry', () => {
  expect(readSitemapLocations(sitemapOf(['index.html', 'a/index.html']))).toEqual(['https://example.org/', 'https://example.org/a/']);
});
