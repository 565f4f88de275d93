import { publicationExportHref } from '../site/publication-slug.ts';
import { EXPORT_FORMATS, exportFormatOfExtension, type ExportFormat } from './export-formats.ts';

/** A link to an export file: where it is, and the format it is in. */
export interface ExportLink {
  href: string;
  format: ExportFormat;
}

/** A publication's own export files, one per format (/publications/<slug>.<extension>). */
export function publicationExportLinks(key: string, formats: readonly ExportFormat[] = EXPORT_FORMATS): ExportLink[] {
  return formats.map((format) => ({ href: publicationExportHref(key, format.extension), format }));
}

/** The whole bibliography's files (/references.<extension>), in the formats that offer one. */
export function bibliographyExportLinks(formats: readonly ExportFormat[] = EXPORT_FORMATS): ExportLink[] {
  return formats.filter((format) => format.wholeBibliography).map((format) => ({ href: `/references.${format.extension}`, format }));
}

/** A list's files (`<base>.<extension>`, e.g. /evidence/theory.bib), in the formats that offer lists. */
export function listExportLinks(base: string, formats: readonly ExportFormat[] = EXPORT_FORMATS): ExportLink[] {
  return formats.filter((format) => format.lists).map((format) => ({ href: `${base}.${format.extension}`, format }));
}

/** The format of a publication's export file, from its path under the site root (`publications/<slug>.<extension>`). */
export function publicationExportFormatOf(path: string, formats: readonly ExportFormat[] = EXPORT_FORMATS): ExportFormat | undefined {
  const extension = /^publications\/[^/]+\.([^./]+)$/.exec(path)?.[1];
  return extension === undefined ? undefined : exportFormatOfExtension(extension, formats);
}

/**
 * The export format of a built file, from its path under the site root: a publication's file, the
 * whole bibliography or a list. A `.json` file elsewhere (graph.json, Pagefind's) is not CSL-JSON, so
 * an extension that other files share counts only at the export addresses.
 */
export function exportFormatOfFile(path: string, sharedExtensions: ReadonlySet<string>, formats: readonly ExportFormat[] = EXPORT_FORMATS): ExportFormat | undefined {
  const publicationFile = publicationExportFormatOf(path, formats);
  if (publicationFile) return publicationFile;
  const extension = /\.([^./]+)$/.exec(path)?.[1] ?? '';
  const format = exportFormatOfExtension(extension, formats);
  if (!format) return undefined;
  if (path === `references.${extension}`) return format.wholeBibliography ? format : undefined;
  return sharedExtensions.has(extension) ? undefined : format;
}
