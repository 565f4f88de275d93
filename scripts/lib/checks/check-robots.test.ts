import { describe, expect, it } from 'vitest';
import { checkRobots } from './check-robots.ts';
import { makeSite, page, sitemapOf } from './fixtures/make-site.ts';
import { formatSiteProblem } from './site-problem.ts';

const files = { 'index.html': page('index.html'), 'sitemap.xml': sitemapOf(['index.html']) };
const lines = (robots: string | undefined) => checkRobots(makeSite(robots === undefined ? files : { ...files, 'robots.txt': robots })).map((problem) => formatSiteProblem(problem));

describe('checkRobots', () => {
  it('accepts a robots.txt naming the sitemap by its absolute address, and a build without robots.txt', () => {
    expect(lines('User-agent: *\nAllow: /\nSitemap: https://example.org/sitemap.xml\n')).toEqual([]);
    expect(lines(undefined)).toEqual([]);
  });

  it('names a relative sitemap address, one on another origin and one that is not built', () => {
    expect(lines('User-agent: *\nSitemap: /sitemap.xml\nsitemap: https://other.example/sitemap.xml\nSitemap: https://example.org/sitemap-0.xml')).toEqual([
      'dist/robots.txt: names the sitemap as "/sitemap.xml", which is not an absolute URL. Fix: write the full address (Sitemap: https://example.org/sitemap.xml), from the site setting in astro.config.mjs.',
      'dist/robots.txt: names the sitemap as https://other.example/sitemap.xml, which is not a file of this build on https://example.org. Fix: point it at https://example.org/sitemap.xml.',
      'dist/robots.txt: names the sitemap as https://example.org/sitemap-0.xml, which is not a file of this build on https://example.org. Fix: point it at https://example.org/sitemap.xml.',
    ]);
  });
});
