import type { CslItem } from '../csl/csl-item.ts';
import { formatBibtex, formatBibtexComment, joinBibtex, type BibtexEntryInput } from './format-bibtex.ts';
import { formatCslJson, joinCslJson } from './format-csl-json.ts';
import { formatRis, joinRis } from './format-ris.ts';

/**
 * What an export needs of a publication: its BibTeX as written and its (plain-text) CSL item, and
 * the warning an incomplete record carries (`caveat`, from BibtexEntryInput): a comment above the
 * BibTeX entry, a note (N1) in RIS, which Zotero keeps as a child note, and a line of CSL `note`,
 * which Zotero files in Extra.
 */
export interface ExportablePublication extends BibtexEntryInput {
  item: CslItem;
}

/** The record's CSL item with its caveat as the first line of `note`. */
function itemWithCaveat({ item, caveat }: ExportablePublication): CslItem {
  return caveat ? { ...item, note: [caveat, item.note].filter(Boolean).join('\n') } : item;
}

/**
 * One export format: everything the site knows about it. Pages, the cite basket, the search export,
 * the export-file integration, the dev and static servers and the tests all read these entries, so
 * adding a format is one entry here plus its writer and joiner (see docs/exports.md).
 */
export interface ExportFormat {
  /** How code and data attributes name the format (`data-basket-download="bib"`). */
  id: string;
  /** The file extension, without the dot; every address of the format ends `.<extension>`. */
  extension: string;
  /** The media type served and given to downloads, with `charset` for text formats. */
  mediaType: string;
  /** The format's name as readers know it, on buttons and links ("BibTeX"). */
  label: string;
  /** Writes publications as one file. */
  write(records: ExportablePublication[]): string;
  /** A heading (which publications, from where) as a comment at the top of a file; absent where the format has no comments. */
  comment?(text: string): string;
  /** Joins files written by `write` into one, keeping a record shared by several (a crossref parent) once. */
  join(files: string[]): string;
  /** Whether the whole bibliography is offered as `/references.<extension>`. */
  wholeBibliography: boolean;
  /** Whether lists (an MRC stage's publications, an evidence-map cell's) are offered in this format. */
  lists: boolean;
}

/**
 * Checks a registry: ids and extensions unique, extensions safe in a URL and a file name. Every
 * publication is written in every format (its own file, which the basket and search export join).
 */
export function defineExportFormats<const T extends readonly ExportFormat[]>(formats: T): T {
  const problems: string[] = [];
  for (const [index, format] of formats.entries()) {
    if (!/^[a-z0-9]+$/.test(format.extension)) problems.push(`format "${format.id}": the extension "${format.extension}" must be lower-case letters and digits, without the dot`);
    if (formats.findIndex((other) => other.id === format.id) !== index) problems.push(`format "${format.id}": the id is used twice; give each format its own id`);
    if (formats.findIndex((other) => other.extension === format.extension) !== index)
      problems.push(`format "${format.id}": the extension "${format.extension}" is used twice; give each format its own extension`);
  }
  if (problems.length > 0) throw new Error(`src/lib/export/export-formats.ts: ${problems.join('; ')}.`);
  return formats;
}

/** The site's export formats, in the order buttons and links show them. */
export const EXPORT_FORMATS = defineExportFormats([
  {
    id: 'bib',
    extension: 'bib',
    mediaType: 'application/x-bibtex; charset=utf-8',
    label: 'BibTeX',
    write: formatBibtex,
    comment: formatBibtexComment,
    join: joinBibtex,
    wholeBibliography: true,
    lists: true,
  },
  {
    id: 'ris',
    extension: 'ris',
    mediaType: 'application/x-research-info-systems; charset=utf-8',
    label: 'RIS',
    write: (records) => formatRis(records.map(itemWithCaveat)),
    join: joinRis,
    wholeBibliography: true,
    lists: false,
  },
  {
    id: 'json',
    extension: 'json',
    mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    label: 'CSL-JSON',
    write: (records) => formatCslJson(records.map(itemWithCaveat)),
    join: joinCslJson,
    wholeBibliography: true,
    lists: false,
  },
]);

/** The id of one of the site's export formats. */
export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];

/** The format with this id; an unknown id (from a data attribute or a route) is an error that names the known ones. */
export function exportFormat(id: string, formats: readonly ExportFormat[] = EXPORT_FORMATS): ExportFormat {
  const format = formats.find((candidate) => candidate.id === id);
  if (!format) throw new Error(`unknown export format "${id}". Known formats: ${formats.map((known) => known.id).join(', ')} (src/lib/export/export-formats.ts)`);
  return format;
}

/** The format whose extension this is, if any. */
export function exportFormatOfExtension(extension: string, formats: readonly ExportFormat[] = EXPORT_FORMATS): ExportFormat | undefined {
  return formats.find((format) => format.extension === extension);
}

/** Publications written in a format, with `heading` as a comment at the top where the format has comments. */
export function writeExport(records: ExportablePublication[], format: ExportFormat, heading?: string): string {
  const comment = heading && format.comment ? format.comment(heading) : '';
  return comment + format.write(records);
}
