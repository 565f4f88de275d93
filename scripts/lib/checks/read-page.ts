import { DomUtils, parseDocument } from 'htmlparser2';
import { findCssUrls } from './css-urls.ts';

type Element = ReturnType<typeof DomUtils.findAll>[number];

/** An address written in a page, with where it stands. */
export interface PageReference {
  /** The address as written (`/about/`, `#main`, `https://doi.org/…`). */
  url: string;
  /** Where it stands, for messages: `<a href>`, `<img srcset>`, `<style> url()`. */
  where: string;
  /** Whether the browser fetches it to render the page (a script, a stylesheet), not only when a reader follows it. */
  isLoaded: boolean;
}

/** What the site checks need to know about one built HTML page. */
export interface PageFacts {
  /** The text of each `<title>` of the document (SVG titles excluded), trimmed. */
  titles: string[];
  /** The text of each `<h1>`, with white space collapsed. */
  h1s: string[];
  /** The date the page says it was last reviewed (`data-reviewed="YYYY-MM-DD"`, as ProseLayout writes it); undefined when none. */
  reviewed?: string;
  /** The `content` of `<meta name="description">`, trimmed; undefined when there is none. */
  description?: string;
  /** True when the page describes a work for reference managers (`<meta name="citation_title">`). */
  isCitable: boolean;
  /** The `content` of `<meta name="citation_abstract">`, trimmed; undefined when there is none. */
  citationAbstract?: string;
  /** The `href` of each `<link rel="canonical">`. */
  canonicals: string[];
  /** The `lang` of `<html>`; undefined when there is none. */
  lang?: string;
  /** The `href` of `<base>`, which changes what relative addresses mean. */
  baseHref?: string;
  /** True for `<meta name="robots" content="noindex">`: the page stays out of search engines and the sitemap. */
  isNoindex: boolean;
  /** True for a redirect page (`<meta http-equiv="refresh">`, as Astro writes for `redirects`). */
  isRedirect: boolean;
  /** Every `id` in the page, and every `<a name>`: the fragments a link may point at. */
  ids: Set<string>;
  /** Every address the page refers to, in document order. */
  references: PageReference[];
}

/** Single-address attributes, by element; `isLoaded` when the browser fetches the address to render the page. */
const URL_ATTRIBUTES: Record<string, { attribute: string; isLoaded: boolean }[]> = {
  a: [{ attribute: 'href', isLoaded: false }],
  area: [{ attribute: 'href', isLoaded: false }],
  form: [{ attribute: 'action', isLoaded: false }],
  script: [{ attribute: 'src', isLoaded: true }],
  img: [{ attribute: 'src', isLoaded: true }],
  iframe: [{ attribute: 'src', isLoaded: true }],
  video: [
    { attribute: 'src', isLoaded: true },
    { attribute: 'poster', isLoaded: true },
  ],
  audio: [{ attribute: 'src', isLoaded: true }],
  source: [{ attribute: 'src', isLoaded: true }],
  track: [{ attribute: 'src', isLoaded: true }],
  embed: [{ attribute: 'src', isLoaded: true }],
  object: [{ attribute: 'data', isLoaded: true }],
  input: [{ attribute: 'src', isLoaded: true }],
  image: [
    { attribute: 'href', isLoaded: true },
    { attribute: 'xlink:href', isLoaded: true },
  ],
  use: [
    { attribute: 'href', isLoaded: true },
    { attribute: 'xlink:href', isLoaded: true },
  ],
};

/** `<link rel>` values that make the browser fetch (or connect to) the address while the page loads. */
const LOADING_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'apple-touch-icon-precomposed',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'prerender',
  'preconnect',
  'dns-prefetch',
]);

/** The addresses of a `srcset` (`a.png 1x, b.png 2x`). */
function splitSrcset(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function hasAncestor(element: Element, name: string): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if ('name' in parent && parent.name === name) return true;
  }
  return false;
}

function referencesOf(element: Element): PageReference[] {
  const { name, attribs } = element;
  const found: PageReference[] = [];
  const add = (url: string | undefined, where: string, isLoaded: boolean) => {
    if (url !== undefined) found.push({ url: url.trim(), where, isLoaded });
  };
  for (const { attribute, isLoaded } of URL_ATTRIBUTES[name] ?? []) add(attribs[attribute], `<${name} ${attribute}>`, isLoaded);
  if (name === 'link') {
    const rels = (attribs.rel ?? '').toLowerCase().split(/\s+/);
    add(
      attribs.href,
      `<link rel="${attribs.rel ?? ''}">`,
      rels.some((rel) => LOADING_RELS.has(rel)),
    );
  }
  for (const attribute of ['srcset', 'imagesrcset']) {
    for (const url of splitSrcset(attribs[attribute] ?? '')) add(url, `<${name} ${attribute}>`, true);
  }
  if (name === 'meta' && attribs['http-equiv']?.toLowerCase() === 'refresh') {
    add(/url\s*=\s*['"]?([^'"]+)/i.exec(attribs.content ?? '')?.[1], '<meta http-equiv="refresh">', false);
  }
  if (name === 'style') {
    for (const url of findCssUrls(DomUtils.textContent(element))) add(url, '<style> url()', true);
  }
  for (const url of findCssUrls(attribs.style ?? '')) add(url, `<${name} style> url()`, true);
  return found;
}

/** Reads what the site checks need from one page's HTML: head metadata, ids and every address it refers to. */
export function readPage(html: string): PageFacts {
  const elements = DomUtils.findAll(() => true, parseDocument(html).children);
  const named = (name: string) => elements.filter((element) => element.name === name);
  const metaContent = (name: string) =>
    named('meta')
      .find((meta) => meta.attribs.name?.toLowerCase() === name)
      ?.attribs.content?.trim();
  const ids = new Set<string>();
  for (const element of elements) {
    if (element.attribs.id !== undefined) ids.add(element.attribs.id);
    if (element.name === 'a' && element.attribs.name !== undefined) ids.add(element.attribs.name);
  }
  return {
    titles: named('title')
      .filter((title) => !hasAncestor(title, 'svg'))
      .map((title) => DomUtils.textContent(title).trim()),
    h1s: named('h1').map((heading) => DomUtils.textContent(heading).replace(/\s+/g, ' ').trim()),
    reviewed: elements.find((element) => element.attribs['data-reviewed'] !== undefined)?.attribs['data-reviewed'],
    description: metaContent('description'),
    isCitable: metaContent('citation_title') !== undefined,
    citationAbstract: metaContent('citation_abstract'),
    canonicals: named('link')
      .filter((link) => (link.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'))
      .map((link) => link.attribs.href ?? ''),
    lang: named('html')[0]?.attribs.lang,
    baseHref: named('base')[0]?.attribs.href,
    isNoindex: /\bnoindex\b/i.test(metaContent('robots') ?? ''),
    isRedirect: named('meta').some((meta) => meta.attribs['http-equiv']?.toLowerCase() === 'refresh'),
    ids,
    references: elements.flatMap(referencesOf),
  };
}
