import { describe, expect, it } from 'vitest';
import { checkLinks, findAbsentPendingPages } from './check-links.ts';
import { makeSite, page } from './fixtures/make-site.ts';
import { formatSiteProblem } from './site-problem.ts';

const lines = (problems: ReturnType<typeof checkLinks>) => problems.map((problem) => formatSiteProblem(problem));

describe('checkLinks', () => {
  it('accepts pages, files, fragments, the top of the page, text fragments and addresses on other hosts', () => {
    const site = makeSite({
      'index.html': page('index.html', {
        body: `<a href="/about/">About</a> <a href="about/#team">Team</a> <a href="/references.bib">BibTeX</a>
        <a href="#">Top</a> <a href="#top">Top</a> <a href="#main">Main</a> <a href="/about/#:~:text=team">Text</a> <a href="/about/?view=list">Query</a>
        <a href="https://example.org/about/">Absolute</a> <a href="https://doi.org/10.1/x">DOI</a> <a href="mailto:a@example.org">Mail</a>
        <a href="/manual.pdf#page=2">PDF</a> <a href="">Self</a>`,
      }),
      'about/index.html': page('about/index.html', { body: '<h2 id="team">Team</h2><a href="../">Home</a>' }),
      'references.bib': '@book{a, title = {A}}',
      'manual.pdf': '%PDF',
    });
    expect(checkLinks(site)).toEqual([]);
  });

  it('names each broken link, fragment and missing trailing slash with the page and the fix', () => {
    const site = makeSite({
      'index.html': page('index.html', {
        body: '<a href="/abut/">About</a> <a href="/about">About</a> <a href="/about/#staff">Staff</a> <a href="#nowhere">Here</a> <a href="https://example.org/gone/">Gone</a>',
      }),
      'about/index.html': page('about/index.html', { head: '<link rel="stylesheet" href="/style.css"><link rel="icon" href="/favicon.svg">' }),
    });
    expect(lines(checkLinks(site))).toEqual([
      'dist/index.html: <a href> "/abut/" leads to /abut/, which is not in the build. Fix: correct the address, or add the page or file it should lead to (public/ for static files).',
      `dist/index.html: <a href> "/about" leads to /about, but the page is /about/. Fix: write the address with its trailing slash (/about/), as the site's trailingSlash: 'always' requires.`,
      'dist/index.html: <a href> "/about/#staff" points at #staff, but about/index.html has no element with id="staff". Fix: link to an id that about/index.html has, or give the intended element id="staff".',
      'dist/index.html: <a href> "#nowhere" points at #nowhere, but this page has no element with id="nowhere". Fix: link to an id that this page has, or give the intended element id="nowhere".',
      'dist/index.html: <a href> "https://example.org/gone/" leads to /gone/, which is not in the build. Fix: correct the address, or add the page or file it should lead to (public/ for static files).',
      'dist/about/index.html: <link rel="stylesheet"> "/style.css" leads to /style.css, which is not in the build. Fix: correct the address, or add the page or file it should lead to (public/ for static files).',
      'dist/about/index.html: <link rel="icon"> "/favicon.svg" leads to /favicon.svg, which is not in the build. Fix: correct the address, or add the page or file it should lead to (public/ for static files).',
    ]);
  });

  it('names an address that is not a URL and one with a malformed percent-encoding', () => {
    const site = makeSite({ 'index.html': page('index.html', { body: '<a href="http://[bad/">Bad</a> <a href="/a%E0%A4%A/">Bad</a>' }) });
    expect(lines(checkLinks(site))).toEqual([
      'dist/index.html: <a href> "http://[bad/" is not a valid address. Fix: write a valid URL (spaces and special characters percent-encoded).',
      'dist/index.html: <a href> "/a%E0%A4%A/" has a malformed percent-encoding. Fix: encode the address with encodeURI.',
    ]);
  });

  it("resolves a stylesheet's url() against the stylesheet, and a page's addresses against its <base>", () => {
    const site = makeSite({
      'index.html': page('index.html', { head: '<base href="/docs/">', body: '<a href="guide/">Guide</a>' }),
      'docs/guide/index.html': page('docs/guide/index.html'),
      '_astro/site.css': '.a { background: url(../fonts/a.woff2) } .b { background: url(b.png) }',
      'fonts/a.woff2': '',
    });
    expect(lines(checkLinks(site))).toEqual([
      'dist/_astro/site.css: url() "b.png" leads to /_astro/b.png, which is not in the build. Fix: correct the address, or add the page or file it should lead to (public/ for static files).',
    ]);
  });

  it('lets links to a pending page pass while it is absent, and checks them once it is built', () => {
    const pending = new Map([['/graph/', 'evidence graph, branch graph']]);
    const before = makeSite({ 'index.html': page('index.html', { body: '<a href="/graph/#legend">Graph</a>' }) });
    expect(checkLinks(before, pending)).toEqual([]);
    expect(findAbsentPendingPages(before, pending)).toEqual(['/graph/ (evidence graph, branch graph)']);
    const after = makeSite({ 'index.html': page('index.html', { body: '<a href="/graph/#legend">Graph</a>' }), 'graph/index.html': page('graph/index.html') });
    expect(lines(checkLinks(after, pending))).toEqual([
      'dist/index.html: <a href> "/graph/#legend" points at #legend, but graph/index.html has no element with id="legend". Fix: link to an id that graph/index.html has, or give the intended element id="legend".',
    ]);
    expect(findAbsentPendingPages(after, pending)).toEqual([]);
  });
});
