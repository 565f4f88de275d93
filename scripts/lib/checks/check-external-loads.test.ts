import { describe, expect, it } from 'vitest';
import { checkExternalLoads } from './check-external-loads.ts';
import { makeSite, page } from './fixtures/make-site.ts';
import { formatSiteProblem } from './site-problem.ts';

const lines = (problems: ReturnType<typeof checkExternalLoads>) => problems.map((problem) => formatSiteProblem(problem));
const FIX = 'Fix: serve the file from this site (put it in public/ or import it so Astro bundles it), so that pages work offline and tell no other host who reads them.';

describe('checkExternalLoads', () => {
  it('accepts a page that loads only from its own site and links to other hosts', () => {
    const site = makeSite({
      'index.html': page('index.html', {
        head: '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="https://example.org/favicon.svg"><script src="/a.js"></script>',
        body: '<a href="https://doi.org/10.1192/bjp.bp.110.083733">DOI</a> <a href="https://pubmed.ncbi.nlm.nih.gov/22130746/">PubMed</a><img src="data:image/png;base64,AAAA" alt="">',
      }),
      '_astro/a.css': '.a { background: url(/bg.png) } .b { background: url(data:image/svg+xml,%3Csvg%3E) }',
    });
    expect(checkExternalLoads(site)).toEqual([]);
  });

  it('names everything fetched from another host, in pages and stylesheets', () => {
    const site = makeSite({
      'index.html': page('index.html', {
        head: '<link rel="stylesheet" href="https://cdn.example/x.css"><link rel="preconnect" href="https://fonts.example"><script src="//cdn.example/x.js"></script><style>@import "https://fonts.example/css";</style>',
        body: '<img src="/a.png" srcset="https://img.example/a-2x.png 2x" alt=""><iframe src="https://video.example/embed/1"></iframe><div style="background:url(\'http://img.example/bg.png\')"></div>',
      }),
      '_astro/a.css': '@font-face { src: url(https://fonts.example/a.woff2) }',
    });
    expect(lines(checkExternalLoads(site))).toEqual([
      `dist/index.html: <link rel="stylesheet"> loads "https://cdn.example/x.css" from another host (cdn.example). ${FIX}`,
      `dist/index.html: <link rel="preconnect"> loads "https://fonts.example" from another host (fonts.example). ${FIX}`,
      `dist/index.html: <script src> loads "//cdn.example/x.js" from another host (cdn.example). ${FIX}`,
      `dist/index.html: <style> url() loads "https://fonts.example/css" from another host (fonts.example). ${FIX}`,
      `dist/index.html: <img srcset> loads "https://img.example/a-2x.png" from another host (img.example). ${FIX}`,
      `dist/index.html: <iframe src> loads "https://video.example/embed/1" from another host (video.example). ${FIX}`,
      `dist/index.html: <div style> url() loads "http://img.example/bg.png" from another host (img.example). ${FIX}`,
      `dist/_astro/a.css: url() loads "https://fonts.example/a.woff2" from another host (fonts.example). ${FIX}`,
    ]);
  });
});
