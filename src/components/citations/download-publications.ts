import { combineExports } from '../../lib/basket/basket-state.ts';
import { publicationExportHref } from '../../lib/site/publication-slug.ts';

/** The export formats a selection can be downloaded in, with their media types. */
export const DOWNLOAD_MEDIA_TYPES = { bib: 'application/x-bibtex', ris: 'application/x-research-info-systems', json: 'application/vnd.citationstyles.csl+json' } as const;

export type DownloadFormat = keyof typeof DOWNLOAD_MEDIA_TYPES;

function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Downloads publications as one file named `<name>.<format>`: each one's static export file, joined
 * with combineExports (a shared crossref parent is kept once). No server is needed.
 */
export async function downloadPublications(keys: string[], format: DownloadFormat, name: string): Promise<void> {
  const parts = await Promise.all(
    keys.map(async (key) => {
      const response = await fetch(publicationExportHref(key, format));
      if (!response.ok) throw new Error(`${key}.${format}: ${response.status}`);
      return response.text();
    }),
  );
  saveFile(`${name}.${format}`, combineExports(format, parts), DOWNLOAD_MEDIA_TYPES[format]);
}
