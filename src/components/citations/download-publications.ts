import { joinedDownload } from '../../lib/export/joined-download.ts';
import { publicationExportHref } from '../../lib/site/publication-slug.ts';
import { inBase } from '../common/base-path.ts';

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
 * Downloads publications as one file named `<name>.<extension>` in the export format with this id:
 * each one's static export file, joined by the format's `join` (a shared crossref parent is kept
 * once). No server is needed. The format registry (with its writers) loads on the first download,
 * not with every page.
 */
export async function downloadPublications(keys: string[], formatId: string, name: string): Promise<void> {
  const { exportFormat } = await import('../../lib/export/export-formats.ts');
  const format = exportFormat(formatId);
  const files = await Promise.all(
    keys.map(async (key) => {
      const href = inBase(publicationExportHref(key, format.extension));
      const response = await fetch(href);
      if (!response.ok) throw new Error(`${href}: ${response.status}`);
      return response.text();
    }),
  );
  const download = joinedDownload(format, files, name);
  saveFile(download.name, download.text, download.mediaType);
}
