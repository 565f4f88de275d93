import { baseUrlOf, type BuiltSite } from './built-site.ts';
import { findCssUrls } from './css-urls.ts';
import type { SiteProblem } from './site-problem.ts';
import { addressOf, decodeAddress, isHtmlFile, resolveAddress } from './site-paths.ts';

/** Fragments that need no element: `#` and `#top` scroll to the top of the page (HTML standard). */
const TOP_FRAGMENTS = new Set(['', 'top']);

/** The problem with one address on one page, if it leads nowhere in the build. */
function checkReference(site: BuiltSite, file: string, base: URL, url: string, where: string, pending: ReadonlyMap<string, string>): SiteProblem | undefined {
  if (url === '') return undefined;
  if (!URL.canParse(url, base)) return { file, message: `${where} "${url}" is not a valid address`, fix: 'write a valid URL (spaces and special characters percent-encoded)' };
  const target = new URL(url, base);
  if (!['http:', 'https:'].includes(target.protocol) || target.origin !== site.origin) return undefined;
  const pathname = decodeAddress(target.pathname);
  if (pathname === undefined) return { file, message: `${where} "${url}" has a malformed percent-encoding`, fix: 'encode the address with encodeURI' };
  const resolved = resolveAddress(pathname, site.files, site.base);
  if (resolved.kind === 'missing' && pending.has(pathname)) return undefined;
  if (resolved.kind === 'missing') {
    return {
      file,
      message: `${where} "${url}" leads to ${pathname}, which is not in the build`,
      fix: 'correct the address, or add the page or file it should lead to (public/ for static files)',
    };
  }
  if (resolved.kind === 'missing-slash') {
    return {
      file,
      message: `${where} "${url}" leads to ${pathname}, but the page is ${resolved.address}`,
      fix: `write the address with its trailing slash (${resolved.address}), as the site's trailingSlash: 'always' requires`,
    };
  }
  const fragment = decodeAddress(target.hash.slice(1));
  if (!isHtmlFile(resolved.file) || fragment === undefined || fragment.startsWith(':~:') || TOP_FRAGMENTS.has(fragment)) return undefined;
  if (site.pages.get(resolved.file)?.ids.has(fragment)) return undefined;
  const page = resolved.file === file ? 'this page' : resolved.file;
  return {
    file,
    message: `${where} "${url}" points at #${fragment}, but ${page} has no element with id="${fragment}"`,
    fix: `link to an id that ${page} has, or give the intended element id="${fragment}"`,
  };
}

/**
 * Checks that every address a page or stylesheet refers to inside the site (relative, root-relative
 * or absolute on the site's origin) leads to a built file, and every `#fragment` to an element of
 * the target page. Addresses on other hosts are left to `checkExternalLoads`. Links to a `pending`
 * page (address → why it is not built yet) pass while that page is absent, and are checked as
 * usual once it is built.
 */
export function checkLinks(site: BuiltSite, pending: ReadonlyMap<string, string> = new Map()): SiteProblem[] {
  const problems: (SiteProblem | undefined)[] = [];
  for (const [file, page] of site.pages) {
    const base = baseUrlOf(site, file);
    for (const reference of page.references) problems.push(checkReference(site, file, base, reference.url, reference.where, pending));
  }
  for (const [file, css] of site.stylesheets) {
    // A stylesheet's url() is relative to the stylesheet, not to the page that uses it.
    const base = new URL(addressOf(file, site.base), site.origin);
    for (const url of findCssUrls(css)) problems.push(checkReference(site, file, base, url, 'url()', pending));
  }
  return problems.filter((problem) => problem !== undefined);
}

/** The pending pages that are still not built, each with why: a note to print, so that none is forgotten. */
export function findAbsentPendingPages(site: BuiltSite, pending: ReadonlyMap<string, string>): string[] {
  return [...pending].filter(([address]) => resolveAddress(address, site.files, site.base).kind !== 'file').map(([address, why]) => `${address} (${why})`);
}
