import type { LoadedPublication } from '../bibtex/load-bibliography.ts';
import { toPlainValue } from '../csl/rich-text.ts';
import { crossrefClosure } from './crossref-closure.ts';
import { publicationExportLinks } from './export-addresses.ts';
import { EXPORT_FORMATS, writeExport, type ExportablePublication, type ExportFormat } from './export-formats.ts';

/** A file to write under dist/: its path from the site root and its text. */
export interface ExportFile {
  path: string;
  body: string;
}

/**
 * A loaded publication as the exports see it: fields as written, CSL item in plain text (as the pages
 * store it), and the caveat of an incomplete record (from `caveats`, keyed by citation key).
 */
export function toExportable(publication: LoadedPublication, caveats: ReadonlyMap<string, string> = new Map()): ExportablePublication {
  const caveat = caveats.get(publication.key);
  return { key: publication.key, entryType: publication.entryType, fields: publication.fields, item: toPlainValue(publication.csl), ...(caveat ? { caveat } : {}) };
}

/**
 * Every publication's own export files, /publications/<slug>.<extension> in every format, each holding
 * the publication and any entry it crossrefs. Written in one pass at the end of the build rather than
 * as one Astro route per publication and format (see docs/exports.md).
 */
export function* publicationExportFiles(publications: ExportablePublication[], formats: readonly ExportFormat[] = EXPORT_FORMATS): Generator<ExportFile> {
  const withParents = crossrefClosure(publications);
  for (const publication of publications) {
    const records = withParents([publication.key]);
    for (const { href, format } of publicationExportLinks(publication.key, formats)) {
      yield { path: href.slice(1), body: writeExport(records, format) };
    }
  }
}
