/**
 * The part of Pagefind's browser API (dist/pagefind/pagefind.js) this site uses. Pagefind ships
 * no types for it, and the bundle exists only after a build, so it is declared here.
 */

/** A matching section of a page, under a heading with an id. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Missing for the part of the page before its first heading with an id. */
  anchor?: { element: string; id: string; text?: string };
}

/** The data of one result, loaded by `result.data()`. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
  word_count: number;
}

/** One result before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

/** What `search()` returns. */
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts of each filter value among these results (all filters applied). */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** The module `/pagefind/pagefind.js`. */
export interface PagefindModule {
  options: (options: { excerptLength?: number; highlightParam?: string; ranking?: Record<string, unknown>; baseUrl?: string }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: object; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload?: (term: string) => Promise<void>;
}
