import type { SiteFile } from '../../schemas/site.ts';

/** Where a build without a configured address is meant to be looked at (astro preview's address). */
export const PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

/** The site's identity as a build uses it: the file's declaration with the environment applied. */
export interface SiteIdentity {
  /** The origin the site is published at (or the preview origin), e.g. https://example.net. */
  origin: string;
  /** The base path, starting and ending with `/`. */
  base: string;
  /** The full address of the site's home page: origin + base. */
  home: string;
  /** True when no address was configured: the build is for previewing only. */
  isPreview: boolean;
  owner: string;
  contact: SiteFile['contact'];
  licence: SiteFile['licence'];
}

/** The environment variables that override the file (as deploy pipelines set them). */
export interface SiteEnvironment {
  SITE_URL?: string;
  BASE_PATH?: string;
  SITE_ENV?: string;
}

/** Normalises a base path as people write it (`refocus`, `/refocus`, `/refocus/`) to `/refocus/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Applies SITE_URL and BASE_PATH over the file. Returns the identity, or the problems (each naming
 * where the value came from and the fix) when SITE_URL is not an address, or when a production
 * build (SITE_ENV=production) has no address or no contact.
 */
export function resolveSiteIdentity(file: SiteFile, env: SiteEnvironment, fileName = 'content/site.yaml'): { identity: SiteIdentity; problems: string[] } {
  const problems: string[] = [];
  const configured = env.SITE_URL?.trim() || file.url;
  let origin = PREVIEW_ORIGIN;
  if (configured) {
    if (!URL.canParse(configured) || !/^https?:\/\//.test(configured))
      problems.push(`SITE_URL is "${configured}", which is not an http(s) address. Fix: set it to the address the site is published at, e.g. SITE_URL=https://example.net`);
    else {
      const url = new URL(configured);
      origin = url.origin;
      if (url.pathname !== '/' && !env.BASE_PATH)
        problems.push(
          `SITE_URL "${configured}" holds a path (${url.pathname}). Fix: give the address alone in SITE_URL and the path in BASE_PATH (BASE_PATH=${normaliseBase(url.pathname)}).`,
        );
    }
  }
  const base = normaliseBase(env.BASE_PATH ?? file.base ?? '/');
  if (env.SITE_ENV === 'production') {
    if (!configured)
      problems.push(`A production build needs the site's address, and none is configured. Fix: set SITE_URL (e.g. SITE_URL=https://example.net) or \`url\` in ${fileName}.`);
    if (!file.contact)
      problems.push(`A production build needs a contact, and ${fileName} has none. Fix: set \`contact\` (label and href, an https:// page or mailto:) in ${fileName}.`);
  }
  return { identity: { origin, base, home: `${origin}${base}`, isPreview: !configured, owner: file.owner, contact: file.contact, licence: file.licence }, problems };
}

/**
 * A site path (starting with `/`) under the base path: withBase('/refocus/', '/map/') is
 * '/refocus/map/'. Anything else (an address with a scheme, `#fragment`, `?query`, a relative path)
 * is returned as it is, as is a path already under the base.
 */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (base === '/') return path;
  if (path === base.slice(0, -1) || path.startsWith(base)) return path;
  return `${base}${path.slice(1)}`;
}
