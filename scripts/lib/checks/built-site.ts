import { readPage, type PageFacts } from './read-page.ts';
import { addressOf } from './site-paths.ts';

/** A built site as the checks see it: its files, its pages read, its stylesheets and its sitemap. */
export interface BuiltSite {
  /** The published origin (`https://…`), from the canonical links; absolute links to it count as internal. */
  origin: string;
  /** The base path the site is served under (`/`, `/refocus/`), from the home page's canonical link. */
  base: string;
  /** Every file of the build, relative to the build folder, with `/` separators. */
  files: ReadonlySet<string>;
  /** Every HTML page, by file. */
  pages: ReadonlyMap<string, PageFacts>;
  /** The text of every `.css` file, by file. */
  stylesheets: ReadonlyMap<string, string>;
  /** The text of `sitemap.xml`, when the build has one. */
  sitemapXml?: string;
  /** The text of `robots.txt`, when the build has one. */
  robotsTxt?: string;
}

/** Stands in for the origin of a site whose pages name none. */
const UNKNOWN_ORIGIN = 'https://site.invalid';

/** The site's origin: the home page's canonical origin, else the one most canonical links share. */
function findOrigin(pages: ReadonlyMap<string, PageFacts>): string {
  const originOf = (href: string | undefined) => (href && URL.canParse(href) ? new URL(href).origin : undefined);
  const home = originOf(pages.get('index.html')?.canonicals[0]);
  if (home && home !== 'null') return home;
  const counts = new Map<string, number>();
  for (const facts of pages.values()) {
    const origin = originOf(facts.canonicals[0]);
    if (origin && origin !== 'null') counts.set(origin, (counts.get(origin) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? UNKNOWN_ORIGIN;
}

/** The base path: the path of the home page's canonical link, `/` when it has none. */
function findBase(pages: ReadonlyMap<string, PageFacts>): string {
  const home = pages.get('index.html')?.canonicals[0];
  const path = home && URL.canParse(home) ? new URL(home).pathname : '/';
  return path.endsWith('/') ? path : `${path}/`;
}

/** Reads a build from its file list and the text of its HTML, CSS, sitemap and robots.txt files. */
export function readBuiltSite(input: { files: string[]; html: ReadonlyMap<string, string>; css: ReadonlyMap<string, string>; sitemapXml?: string; robotsTxt?: string }): BuiltSite {
  const pages = new Map([...input.html].map(([file, html]) => [file, readPage(html)] as const));
  return { origin: findOrigin(pages), base: findBase(pages), files: new Set(input.files), pages, stylesheets: input.css, sitemapXml: input.sitemapXml, robotsTxt: input.robotsTxt };
}

/** The URL relative addresses on a page are resolved against (its address, or its `<base href>`). */
export function baseUrlOf(site: BuiltSite, file: string): URL {
  const page = new URL(addressOf(file, site.base), site.origin);
  const base = site.pages.get(file)?.baseHref;
  return base && URL.canParse(base, page) ? new URL(base, page) : page;
}
