import { BASKET_STORAGE_KEY, parseBasket, toggleBasketItem } from '../../lib/basket/basket-state.ts';
import { downloadPublications } from '../citations/download-publications.ts';
import type { FoundPublication } from './search-engine.ts';

/** Downloads the publications in the result set as one file in the export format with this id (see download-publications.ts). */
export async function downloadResults(publications: FoundPublication[], formatId: string): Promise<void> {
  await downloadPublications(
    publications.map(({ key }) => key),
    formatId,
    'search-results',
  );
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
