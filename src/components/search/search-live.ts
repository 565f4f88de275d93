import { describeOutcome } from '../../lib/search/describe-search.ts';
import { highlightTerms } from '../../lib/search/highlight-terms.ts';
import type { SearchState } from '../../lib/search/search-state.ts';
import { FEW_RESULTS, suggestQuery } from '../../lib/search/spelling.ts';
import { loadVocabulary, runSearch } from './search-engine.ts';
import { enableArrowKeys, ResultList } from './search-results.ts';

/** The elements of the header's search dialog that search-as-you-type drives. */
export interface LiveSearchElements {
  input: HTMLInputElement;
  /** The count, read out politely; `suggestion`, inside the same live region, offers a corrected spelling. */
  status: HTMLElement;
  suggestion: HTMLElement | null;
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
export function startLiveSearch({ input, status, suggestion, list, more }: LiveSearchElements): void {
  const results = new ResultList(list, more, { basket: false });
  enableArrowKeys(input, list);
  let timer: number | undefined;
  let latest = 0;

  /** Offers the query with its unknown words corrected ("Did you mean recovery?"), as the search page does. */
  const offerCorrection = async (request: number, query: string) => {
    const corrected = suggestQuery(query, await loadVocabulary());
    if (request !== latest || !corrected || !suggestion) return;
    const link = Object.assign(document.createElement('a'), {
      href: `${input.form?.getAttribute('action') ?? '/search/'}?q=${encodeURIComponent(corrected)}`,
      textContent: corrected,
    });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = corrected;
      input.focus();
      void search();
    });
    suggestion.replaceChildren(' Did you mean ', link, '?');
  };

  async function search(): Promise<void> {
    const state: SearchState = { query: input.value.replace(/\s+/g, ' ').trim(), filters: {}, sort: 'relevance' };
    const request = ++latest;
    suggestion?.replaceChildren();
    if (!state.query) {
      results.clear();
      status.textContent = '';
      return;
    }
    try {
      // The dialog searches words only: it chooses no facet and shows no count.
      const outcome = await runSearch(state, []);
      if (request !== latest) return;
      if (!(await results.show(outcome.results, highlightTerms(state.query)))) return;
      status.textContent = describeOutcome(outcome.results.length, state, (_facet, value) => value, []);
      if (outcome.results.length < FEW_RESULTS) await offerCorrection(request, state.query);
    } catch {
      if (request === latest) status.textContent = SEARCH_UNAVAILABLE;
    }
  }
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), TYPING_PAUSE_MS);
  });
  if (input.value) void search();
}
