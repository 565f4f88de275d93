import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { loadBibliography, type BibtexSource } from '../lib/bibtex/load-bibliography.ts';
import { publicationExportLinks } from '../lib/export/export-addresses.ts';
import { exportFilesOfRecords, publicationExportFiles, publicationExportRecords, toExportable, type ExportFile } from '../lib/export/publication-export-files.ts';
import { exportCaveatsOf } from '../lib/provenance/check-provenance.ts';
import { readBibtexSources } from '../loaders/bibtex-loader.ts';
import { digestOfInputs, type CacheInputs } from '../build/cache-key.ts';
import { updateFileCache, type FileGroup } from '../build/keyed-file-cache.ts';

/** Where the export files are made from, besides the code. */
export interface PublicationExportsOptions {
  /** Folder holding the .bib files, relative to the project root (the same as the publications loader's). */
  directory: string;
  /** Files read strictly, as the publications loader reads them (see bibtexLoader). */
  strictFiles: string[];
  /** The provenance file (relative to the project root), whose incomplete records carry a caveat into their exports; none when absent. */
  provenance?: string;
}

/** Every publication's exportable records, from the .bib files as the loader reads them, with the caveats of incomplete records. */
async function readExportables(root: string, options: PublicationExportsOptions) {
  const [sources, provenance]: [BibtexSource[], string] = await Promise.all([
    readBibtexSources(root, options.directory),
    options.provenance ? readFile(join(root, options.provenance), 'utf8') : '',
  ]);
  const caveats = exportCaveatsOf((parseYaml(provenance) as Parameters<typeof exportCaveatsOf>[0] | null) ?? {});
  return loadBibliography(sources, { strictFiles: options.strictFiles }).map((publication) => toExportable(publication, caveats));
}

/** Every publication's export files, made afresh (the dev server's answers). */
export async function exportFiles(root: string, options: PublicationExportsOptions): Promise<ExportFile[]> {
  return [...publicationExportFiles(await readExportables(root, options))];
}

/** The code the export files are made by: this module and everything it imports, with the packages' versions. */
const EXPORT_CODE: CacheInputs = { modules: [fileURLToPath(import.meta.url)] };

/**
 * Brings the export-file cache (`<folder>/files/`, mirroring the site) up to date, publication by
 * publication: each publication's files are keyed by the records they hold (its own and any entry
 * it crossrefs, with its caveat) and the code that writes them, so editing one entry writes that
 * entry's files (and those of the entries that crossref it) and keeps every other.
 */
export async function updatePublicationExportCache(root: string, options: PublicationExportsOptions, folder: string) {
  const [code, exportables] = await Promise.all([digestOfInputs(root, EXPORT_CODE), readExportables(root, options)]);
  const groups: FileGroup[] = publicationExportRecords(exportables).map((entry) => ({
    id: entry.key,
    digest: createHash('sha256').update(code).update('\u0000').update(JSON.stringify(entry.records)).digest('hex').slice(0, 32),
    paths: publicationExportLinks(entry.key).map((link) => link.href.slice(1)),
    make: () => exportFilesOfRecords(entry),
  }));
  return updateFileCache(folder, groups);
}
