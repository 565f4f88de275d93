import { expect, test } from 'vitest';
import { rebaseHtml } from './rebase-html.ts';

test('root-absolute addresses in URL attributes move under the base path', () => {
  const html = `<a href="/map/">Map</a><img src='/favicon.svg'><form action="/search/"></form><div data-graph-src="/graph.json"></div><script src="/refocus/_astro/a.js"></script>`;
  expect(rebaseHtml(html, '/refocus/')).toBe(
    `<a href="/refocus/map/">Map</a><img src='/refocus/favicon.svg'><form action="/refocus/search/"></form><div data-graph-src="/refocus/graph.json"></div><script src="/refocus/_astro/a.js"></script>`,
  );
});

test('other addresses, text and other attributes are left alone', () => {
  const html = `<a href="https://doi.org/10.1/x">/map/</a><a href="//cdn.example/x"></a><a href="#top"></a><a href="map/"></a><p data-pagefind-filter="type:page" title="/map/">/about/</p>`;
  expect(rebaseHtml(html, '/refocus/')).toBe(html);
});

test('without a base path the page is unchanged', () => {
  expect(rebaseHtml('<a href="/map/">', '/')).toBe('<a href="/map/">');
});
