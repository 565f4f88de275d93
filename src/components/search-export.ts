import { publicationExportHref } from '../lib/site/publication-slug.ts';
import { BASKET_STORAGE_KEY, combineExports, parseBasket, toggleBasketItem } from '../lib/basket/basket-state.ts';
import type { ExportFormat } from '../queries/exports.ts';
import type { FoundPublication } from './search-engine.ts';

const MEDIA_TYPES: Record<ExportFormat, string> = { bib: 'application/x-bibtex', ris: 'application/x-research-info-systems', json: 'application/vnd.citationstyles.csl+json' };

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
 * Downloads the publications as one file: each one's /publications/<key>.<format>, joined as the
 * cite basket joins them (combineExports keeps a shared crossref parent once).
 */
export async function downloadPublications(publications: FoundPublication[], format: ExportFormat): Promise<void> {
  const parts = await Promise.all(
    publications.map(async ({ key }) => {
      const response = await fetch(publicationExportHref(key, format));
      if (!response.ok) throw new Error(`${key}.${format}: ${response.status}`);
      return response.text();
    }),
  );
  saveFile(`search-results.${format}`, combineExports(format, parts), MEDIA_TYPES[format]);
}

/**
 * Adds the publications to the cite basket through its storage module, then tells the basket on
 * this page with the same storage event another tab's change would fire. Returns how many were new.
 */
export function addPublicationsToBasket(publications: FoundPublication[]): number {
  const before = parseBasket(localStorage.getItem(BASKET_STORAGE_KEY));
  const known = new Set(before.map((item) => item.key));
  const after = publications.reduce((basket, publication) => (known.has(publication.key) ? basket : toggleBasketItem(basket, publication, true)), before);
  localStorage.setItem(BASKET_STORAGE_KEY, JSON.stringify(after));
  window.dispatchEvent(new StorageEvent('storage', { key: BASKET_STORAGE_KEY }));
  return after.length - before.length;
}
