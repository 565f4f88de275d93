import { describe, expect, it } from 'vitest';
import { readPage } from './read-page.ts';

describe('readPage', () => {
  it('reads the head: titles (not SVG titles), description, canonical, lang, robots and base', () => {
    const facts = readPage(`<!DOCTYPE html><html lang="en-GB"><head><title> The page </title>
      <meta name="Description" content=" What it is. "><link rel="canonical" href="https://example.org/a/">
      <meta name="robots" content="noindex, follow"><base href="/b/"></head>
      <body><svg><title>Icon</title></svg><h1>The
        page</h1></body></html>`);
    expect(facts).toMatchObject({
      titles: ['The page'],
      h1s: ['The page'],
      description: 'What it is.',
      canonicals: ['https://example.org/a/'],
      lang: 'en-GB',
      baseHref: '/b/',
      isNoindex: true,
      isRedirect: false,
    });
  });

  it('tells a redirect page and a page without head metadata', () => {
    expect(readPage('<!doctype html><title>Redirecting to: /b/</title><meta http-equiv="refresh" content="0;url=/b/">')).toMatchObject({
      isRedirect: true,
      lang: undefined,
      description: undefined,
      canonicals: [],
    });
  });

  it('collects every id and every <a name> as a fragment target', () => {
    expect(readPage('<main id="main"><h2 id="1-theory">x</h2><a name="old-anchor"></a><svg><g id="g"></g></svg></main>').ids).toEqual(
      new Set(['main', '1-theory', 'old-anchor', 'g']),
    );
  });

  it('collects every address with where it stands and whether the browser loads it to render the page', () => {
    const facts = readPage(`<html><head>
      <link rel="stylesheet" href="/s.css"><link rel="canonical" href="https://example.org/"><link rel="preconnect" href="https://fonts.example">
      <link rel="alternate" type="application/rss+xml" href="/feed.xml"><script src="/a.js"></script>
      <meta http-equiv="refresh" content="5; URL='/next/'"><style>.x { background: url("/bg.png") }</style></head>
      <body><a href="/about/#team">About</a><img src="/i.png" srcset="/i-2x.png 2x, /i-3x.png 3x" alt="">
      <picture><source srcset="/p.webp"></picture><video poster="/v.jpg" src="/v.mp4"></video>
      <iframe src="/frame/"></iframe><form action="/search/"></form><div style="background-image:url(/d.png)"></div></body></html>`);
    expect(facts.references).toEqual([
      { url: '/s.css', where: '<link rel="stylesheet">', isLoaded: true },
      { url: 'https://example.org/', where: '<link rel="canonical">', isLoaded: false },
      { url: 'https://fonts.example', where: '<link rel="preconnect">', isLoaded: true },
      { url: '/feed.xml', where: '<link rel="alternate">', isLoaded: false },
      { url: '/a.js', where: '<script src>', isLoaded: true },
      { url: '/next/', where: '<meta http-equiv="refresh">', isLoaded: false },
      { url: '/bg.png', where: '<style> url()', isLoaded: true },
      { url: '/about/#team', where: '<a href>', isLoaded: false },
      { url: '/i.png', where: '<img src>', isLoaded: true },
      { url: '/i-2x.png', where: '<img srcset>', isLoaded: true },
      { url: '/i-3x.png', where: '<img srcset>', isLoaded: true },
      { url: '/p.webp', where: '<source srcset>', isLoaded: true },
      { url: '/v.mp4', where: '<video src>', isLoaded: true },
      { url: '/v.jpg', where: '<video poster>', isLoaded: true },
      { url: '/frame/', where: '<iframe src>', isLoaded: true },
      { url: '/search/', where: '<form action>', isLoaded: false },
      { url: '/d.png', where: '<div style> url()', isLoaded: true },
    ]);
  });
});
