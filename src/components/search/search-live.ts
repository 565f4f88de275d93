import { describeOutcome } from '../../lib/search/describe-search.ts';
import { highlightTerms } from '../../lib/search/highlight-terms.ts';
import type { SearchState } from '../../lib/search/search-state.ts';
import { runSearch } from './search-engine.ts';
import { enableArrowKeys, ResultList } from './search-results.ts';

/** The elements of the header's search dialog that search-as-you-type drives. */
export interface LiveSearchElements {
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement | null;
}

/** Pause after the last keystroke before searching, so each word is searched once. */
const TYPING_PAUSE_MS = 200;

/** The message when Pagefind cannot be loaded (in `astro dev`, or if the index is missing). */
export const SEARCH_UNAVAILABLE = 'Search is not available: the search index was not found. It is built by "npm run build".';

/**
 * Search as you type, for the header dialog: words only (filters, sort and export are on
 * /search/, which submitting the dialog's form opens with the same words), results with excerpts, a polite status with the count, arrow keys between results.
 * Loaded on the first opening of the dialog, with Pagefind itself.
 */
export function startLiveSearch({ input, status, list, more }: LiveSearchElements): void {
  const results = new ResultList(list, more, { basket: false });
  enableArrowKeys(input, list);
  let timer: number | undefined;
  let latest = 0;

  const search = async () => {
    const state: SearchState = { query: input.value.replace(/\s+/g, ' ').trim(), filters: {}, sort: 'relevance' };
    const request = ++latest;
    if (!state.query) {
      results.clear();
      status.textContent = '';
      return;
    }
    try {
      // The dialog searches words only: it chooses no facet and shows no count.
      const outcome = await runSearch(state, []);
      if (request !== latest) return;
      if (await results.show(outcome.results, highlightTerms(state.query))) status.textContent = describeOutcome(outcome.results.length, state, (_facet, value) => value, []);
    } catch {
      if (request === latest) status.textContent = SEARCH_UNAVAILABLE;
    }
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), TYPING_PAUSE_MS);
  });
  if (input.value) void search();
}
