import { baseUrlOf, type BuiltSite } from './built-site.ts';
import { findCssUrls } from './css-urls.ts';
import type { SiteProblem } from './site-problem.ts';
import { addressOf } from './site-paths.ts';

const FIX = 'serve the file from this site (put it in public/ or import it so Astro bundles it), so that pages work offline and tell no other host who reads them';

/** The host an address would be fetched from, when that is not the site's own. */
function foreignHost(site: BuiltSite, base: URL, url: string): string | undefined {
  if (!URL.canParse(url, base)) return undefined;
  const target = new URL(url, base);
  if (!['http:', 'https:'].includes(target.protocol)) return undefined;
  return target.host === new URL(site.origin).host ? undefined : target.host;
}

/**
 * Checks that no page makes the browser fetch anything from another host: scripts, stylesheets,
 * icons, preloads, images, frames, media and CSS `url()`, in pages and in stylesheets. Links a reader
 * may follow (`<a href>` to a DOI) are fine.
 */
export function checkExternalLoads(site: BuiltSite): SiteProblem[] {
  const problems: SiteProblem[] = [];
  for (const [file, page] of site.pages) {
    const base = baseUrlOf(site, file);
    for (const reference of page.references.filter((candidate) => candidate.isLoaded)) {
      const host = foreignHost(site, base, reference.url);
      if (host) problems.push({ file, message: `${reference.where} loads "${reference.url}" from another host (${host})`, fix: FIX });
    }
  }
  for (const [file, css] of site.stylesheets) {
    const base = new URL(addressOf(file, site.base), site.origin);
    for (const url of findCssUrls(css)) {
      const host = foreignHost(site, base, url);
      if (host) problems.push({ file, message: `url() loads "${url}" from another host (${host})`, fix: FIX });
    }
  }
  return problems;
}
