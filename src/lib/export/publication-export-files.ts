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

/** A publication and the records its own export files hold: itself and any entry it crossrefs. */
export interface PublicationExportRecords {
  key: string;
  records: ExportablePublication[];
}

/** Each publication with the records of its export files, in the order given. */
export function publicationExportRecords(publications: ExportablePublication[]): PublicationExportRecords[] {
  const withParents = crossrefClosure(publications);
  return publications.map((publication) => ({ key: publication.key, records: withParents([publication.key]) }));
}

/** One publication's export files, /publications/<slug>.<extension> in every format, written from its records. */
export function exportFilesOfRecords({ key, records }: PublicationExportRecords, formats: readonly ExportFormat[] = EXPORT_FORMATS): ExportFile[] {
  return publicationExportLinks(key, formats).map(({ href, format }) => ({ path: href.slice(1), body: writeExport(records, format) }));
}

/**
 * Every publication's own export files, /publications/<slug>.<extension> in every format, each holding
 * the publication and any entry it crossrefs. Written in one pass at the end of the build rather than
 * as one Astro route per publication and format (see docs/exports.md).
 */
export function* publicationExportFiles(publications: ExportablePublication[], formats: readonly ExportFormat[] = EXPORT_FORMATS): Generator<ExportFile> {
  for (const entry of publicationExportRecords(publications)) yield* exportFilesOfRecords(entry, formats);
}
