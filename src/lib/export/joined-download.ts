import type { ExportFormat } from './export-formats.ts';

/** A file for the browser to save: its name, media type and text. */
export interface DownloadFile {
  name: string;
  mediaType: string;
  text: string;
}

/**
 * Several publications' export files (as fetched from their addresses) joined into one download
 * named `<name>.<extension>`, as the cite basket and the search export offer it.
 */
export function joinedDownload(format: ExportFormat, files: string[], name: string): DownloadFile {
  return { name: `${name}.${format.extension}`, mediaType: format.mediaType, text: format.join(files) };
}
