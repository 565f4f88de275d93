import { EXPORT_FORMATS, type ExportFormat } from '../export/export-formats.ts';
import { withBase } from './site-identity.ts';
import { FEED_PATH } from '../changes/atom-feed.ts';

/** One rule of a _headers file: a path pattern and the headers sent for it. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/**
 * The rules the build adds to public/_headers (Netlify, Cloudflare Pages): each export's media type
 * with its charset, taken from the export registry, and the cache rules, all under the base path.
 * Publication files are `/publications/<slug>.<extension>`; the whole bibliography is
 * `/references.<extension>`; list files (`/evidence/theory.bib`) exist only in formats whose
 * extension no other file uses, so `/*.<extension>` names all of that format's files at once. No
 * path is matched by two rules that set the same header: hosts join such values with a comma.
 */
export function buildHeaderRules(base: string, formats: readonly ExportFormat[] = EXPORT_FORMATS): HeaderRule[] {
  const exportRules = formats.flatMap((format) => {
    const type: [string, string][] = [['Content-Type', format.mediaType]];
    const paths = format.lists ? [`/*.${format.extension}`] : [`/publications/*.${format.extension}`, ...(format.wholeBibliography ? [`/references.${format.extension}`] : [])];
    return paths.map((path) => ({ path: withBase(base, path), headers: type }));
  });
  return [
    ...exportRules,
    // The changelog's Atom feed, with its charset (hosts' default for .atom varies).
    { path: withBase(base, FEED_PATH), headers: [['Content-Type', 'application/atom+xml; charset=utf-8']] },
    // Files named by a hash of their content never change: cache them for a year. Everything else
    // (pages, the search index, PDFs, exports) keeps its name across builds and is revalidated on
    // every visit, which is what Netlify and Cloudflare Pages send by default
    // (Cache-Control: public, max-age=0, must-revalidate); a `/*` rule here would be joined to this one.
    { path: withBase(base, '/_astro/*'), headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  ];
}

/** The rules as _headers text (a path line, then its headers indented two spaces). */
export function formatHeaderRules(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => `${rule.path}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`).join('\n');
}
