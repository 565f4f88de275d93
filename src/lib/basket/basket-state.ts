/** One publication in the cite basket: enough to list it and copy its reference without a fetch. */
export interface BasketItem {
  key: string;
  title: string;
  /** The APA 7 reference as plain text. */
  apa: string;
}

/** The localStorage key the basket lives under. */
export const BASKET_STORAGE_KEY = 'refocus-evidence:cite-basket';

/** Reads a stored basket, dropping anything malformed (storage is shared with other code and may be edited). */
export function parseBasket(stored: string | null): BasketItem[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is BasketItem => typeof item === 'object' && item !== null && typeof item.key === 'string' && typeof item.title === 'string' && typeof item.apa === 'string',
    );
  } catch {
    return [];
  }
}

/** The basket with the item added (once) or removed. */
export function toggleBasketItem(basket: BasketItem[], item: BasketItem, selected: boolean): BasketItem[] {
  const without = basket.filter((existing) => existing.key !== item.key);
  return selected ? [...without, item] : without;
}

/** The references, one per paragraph, in APA alphabetical order. */
export function formatBasketReferences(basket: BasketItem[]): string {
  return [...basket]
    .map((item) => item.apa)
    .sort((a, b) => a.localeCompare(b))
    .join('\n\n');
}
