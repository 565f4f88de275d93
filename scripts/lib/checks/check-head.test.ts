import { describe, expect, it } from 'vitest';
import { checkHeads } from './check-head.ts';
import { makeSite, page } from './fixtures/make-site.ts';
import { formatSiteProblem } from './site-problem.ts';

const lines = (problems: ReturnType<typeof checkHeads>) => problems.map((problem) => formatSiteProblem(problem));

describe('checkHeads', () => {
  it('accepts pages with a title of their own, a description, a canonical link to themselves and a lang', () => {
    expect(checkHeads(makeSite({ 'index.html': page('index.html'), 'about/index.html': page('about/index.html') }))).toEqual([]);
  });

  it('names each missing or wrong piece of the head', () => {
    const site = makeSite({
      'index.html': page('index.html'),
      'a/index.html': page('a/index.html', { title: '', description: '', canonical: '', lang: '' }),
      'b/index.html': page('b/index.html', { canonical: 'https://example.org/a/', lang: 'English' }),
      'c/index.html': page('c/index.html', { canonical: '/c/', head: '<title>Second</title><link rel="canonical" href="/c/">' }),
      'd/index.html': page('d/index.html', { canonical: '/d/' }),
    });
    expect(lines(checkHeads(site))).toEqual([
      'dist/a/index.html: has no <title> or an empty one. Fix: pass a title to the page layout.',
      'dist/a/index.html: has no <meta name="description"> or an empty one. Fix: pass a one-sentence description to the page layout.',
      'dist/a/index.html: has no <link rel="canonical">. Fix: render the page with BaseLayout, which writes one from the page address and the site setting in astro.config.mjs.',
      'dist/a/index.html: has no lang attribute on <html>. Fix: write <html lang="en-GB"> as BaseLayout does.',
      `dist/b/index.html: its canonical link points at https://example.org/a/, not at the page itself (https://example.org/b/). Fix: point the canonical link at the page's own address.`,
      'dist/b/index.html: has lang="English", which is not a language tag. Fix: use a BCP 47 tag such as en-GB.',
      'dist/c/index.html: has 2 <title> elements. Fix: keep one <title> in the head.',
      'dist/c/index.html: has 2 <link rel="canonical"> (/c/, /c/). Fix: keep only one; search engines ignore conflicting canonicals.',
      'dist/d/index.html: its canonical link "/d/" is not an absolute http(s) URL. Fix: write the full address, e.g. new URL(Astro.url.pathname, Astro.site).href.',
    ]);
  });

  it("wants no description on a publication's page (Zotero would save it as the abstract), unless the page gives an abstract", () => {
    const citation = '<meta name="citation_title" content="A paper">';
    const site = makeSite({
      'publications/a/index.html': page('publications/a/index.html', { description: '', head: citation }),
      'publications/b/index.html': page('publications/b/index.html', { description: 'Journal article (2011) by Ann Smith.', head: citation }),
      'publications/c/index.html': page('publications/c/index.html', { description: 'The abstract.', head: `${citation}<meta name="citation_abstract" content="The abstract.">` }),
      'manual/d/index.html': page('manual/d/index.html', { description: '', head: citation }),
    });
    expect(lines(checkHeads(site))).toEqual([
      'dist/publications/b/index.html: has <meta name="description"> ("Journal article (2011) by Ann Smith."), which Zotero saves as the publication\'s abstract. Fix: pass description={null} to BaseLayout on publication pages.',
      'dist/manual/d/index.html: has no <meta name="description"> or an empty one. Fix: pass a one-sentence description to the page layout.',
    ]);
  });

  it('names every page that shares a title with another', () => {
    const site = makeSite({
      'a/index.html': page('a/index.html', { title: 'Same' }),
      'b/index.html': page('b/index.html', { title: 'Same' }),
      'c/index.html': page('c/index.html', { title: 'Same' }),
    });
    expect(lines(checkHeads(site))).toEqual([
      'dist/a/index.html: shares its <title> "Same" with b/index.html, c/index.html. Fix: give each page a title of its own.',
      'dist/b/index.html: shares its <title> "Same" with a/index.html, c/index.html. Fix: give each page a title of its own.',
      'dist/c/index.html: shares its <title> "Same" with a/index.html, b/index.html. Fix: give each page a title of its own.',
    ]);
  });

  it('names every page whose main heading another page has too, except noindex pages', () => {
    const site = makeSite({
      'practices/goal/index.html': page('practices/goal/index.html', { body: '<h1>Supporting goal-striving</h1>' }),
      'manual/goal/index.html': page('manual/goal/index.html', { body: '<h1>Supporting\n  goal-striving</h1>' }),
      'manual/5/index.html': page('manual/5/index.html', { body: '<h1>Chapter 5: Supporting goal-striving</h1>' }),
      '404.html': page('404.html', { canonical: 'https://example.org/', head: '<meta name="robots" content="noindex">', body: '<h1>Supporting goal-striving</h1>' }),
    });
    expect(lines(checkHeads(site))).toEqual([
      'dist/practices/goal/index.html: shares its main heading (<h1>) "Supporting goal-striving" with manual/goal/index.html. Fix: head each page with words of its own (a manual chapter: "Chapter 4: …").',
      'dist/manual/goal/index.html: shares its main heading (<h1>) "Supporting goal-striving" with practices/goal/index.html. Fix: head each page with words of its own (a manual chapter: "Chapter 4: …").',
    ]);
  });

  it('leaves redirect pages out, and lets a noindex page point its canonical elsewhere', () => {
    const site = makeSite({
      'index.html': page('index.html'),
      'old/index.html': '<!doctype html><title>Redirecting to: /</title><meta http-equiv="refresh" content="0;url=/">',
      '404.html': page('404.html', { canonical: 'https://example.org/', head: '<meta name="robots" content="noindex">' }),
    });
    expect(checkHeads(site)).toEqual([]);
  });
});
