import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSite } from './check-site.ts';
import { makeSite, page, sitemapOf } from './fixtures/make-site.ts';
import { formatSiteProblem, uniqueProblems } from './site-problem.ts';

const validateConfig = JSON.parse(readFileSync(new URL('../../../.htmlvalidate.json', import.meta.url), 'utf8'));

describe('checkSite', () => {
  it('runs every check, reports a problem repeated on a page once, and counts what it read', async () => {
    const files = {
      'index.html': page('index.html', { body: '<a href="/gone/">Gone</a> <a href="/gone/">Gone again</a> <a href="/about/">About</a>' }),
      'about/index.html': page('about/index.html', { title: 'Page /', head: '<script src="https://cdn.example/a.js"></script>' }),
      'sitemap.xml': sitemapOf(['index.html']),
    };
    const html = new Map(Object.entries(files).filter(([file]) => file.endsWith('.html')));
    const result = await checkSite(makeSite(files), { html, validateConfig, pending: new Map([['/graph/', 'evidence graph']]) });
    expect(result.problems.map((problem) => formatSiteProblem(problem))).toEqual([
      'dist/index.html: <a href> "/gone/" leads to /gone/, which is not in the build. Fix: correct the address, or add the page or file it should lead to (public/ for static files).',
      'dist/index.html: shares its <title> "Page /" with about/index.html. Fix: give each page a title of its own.',
      'dist/about/index.html: shares its <title> "Page /" with index.html. Fix: give each page a title of its own.',
      'dist/about/index.html: is not listed in sitemap.xml (as https://example.org/about/). Fix: let Astro build the page (the sitemap integration lists the pages Astro built); a page written by a later build step must be added to the sitemap there.',
      'dist/about/index.html: <script src> loads "https://cdn.example/a.js" from another host (cdn.example). Fix: serve the file from this site (put it in public/ or import it so Astro bundles it), so that pages work offline and tell no other host who reads them.',
    ]);
    expect(result.absentPending).toEqual(['/graph/ (evidence graph)']);
    expect(result.counts).toEqual({ pages: 2, files: 3, references: 6 });
  });
});

describe('formatSiteProblem and uniqueProblems', () => {
  it('writes one line naming the file under the build folder, and ends the fix with a full stop', () => {
    expect(formatSiteProblem({ file: 'a/index.html', message: 'has no title', fix: 'add one' }, 'out')).toBe('out/a/index.html: has no title. Fix: add one.');
    expect(formatSiteProblem({ file: 'sitemap.xml', message: 'is missing', fix: 'build it?' })).toBe('dist/sitemap.xml: is missing. Fix: build it?');
  });

  it('keeps the first of problems that say the same about the same file', () => {
    const problem = { file: 'a.html', message: 'm', fix: 'f' };
    expect(uniqueProblems([problem, { ...problem }, { ...problem, file: 'b.html' }])).toEqual([problem, { ...problem, file: 'b.html' }]);
  });
});
