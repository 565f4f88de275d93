import type { LoadedPublication } from '../bibtex/load-bibliography.ts';
import { toPlainValue } from '../csl/rich-text.ts';
import { publicationExportHref } from '../site/publication-slug.ts';
import { EXPORT_FORMAT_NAMES, crossrefClosure, formatExport, type ExportablePublication } from './export-formats.ts';

/** A file to write under dist/: its path from the site root and its text. */
export interface ExportFile {
  path: string;
  body: string;
}

/** A loaded publication as the exports see it: fields as written, CSL item in plain text (as the pages store it). */
export function toExportable(publication: LoadedPublication): ExportablePublication {
  return { key: publication.key, entryType: publication.entryType, fields: publication.fields, item: toPlainValue(publication.csl) };
}

/**
 * Every publication's own export files, /publications/<slug>.bib, .ris and .json, each holding the
 * publication and any entry it crossrefs. Written in one pass at the end of the build rather than as
 * 3 × N Astro routes (see the README's benchmark).
 */
export function* publicationExportFiles(publications: ExportablePublication[]): Generator<ExportFile> {
  const withParents = crossrefClosure(publications);
  for (const publication of publications) {
    const records = withParents([publication.key]);
    for (const format of EXPORT_FORMAT_NAMES) {
      yield { path: publicationExportHref(publication.key, format).slice(1), body: formatExport(records, format) };
    }
  }
}
