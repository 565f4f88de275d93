/** How many publications one listing page holds; a bibliography of this size or less is one page. */
export const PUBLICATIONS_PER_PAGE = 100;

/** One page of a listing: its items, its number (from 1), the page count and the addresses of its neighbours. */
export interface ListingPage<T> {
  items: T[];
  number: number;
  total: number;
  href: string;
  previousHref?: string;
  nextHref?: string;
}

/** The address of page `number` of a listing at `base` (page 1 is the base itself). */
export function pageHref(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/** Splits a listing into pages of `size`, with the links between them. */
export function paginate<T>(items: T[], base: string, size = PUBLICATIONS_PER_PAGE): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    const page: ListingPage<T> = { items: items.slice(index * size, number * size), number, total, href: pageHref(base, number) };
    if (number > 1) page.previousHref = pageHref(base, number - 1);
    if (number < total) page.nextHref = pageHref(base, number + 1);
    return page;
  });
}
