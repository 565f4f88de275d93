import { describeEverything, describeOutcome } from '../../lib/search/describe-search.ts';
import type { FacetCounts } from '../../lib/search/facet-counts.ts';
import type { Facet, FacetName } from '../../lib/search/facets.ts';
import { highlightTerms } from '../../lib/search/highlight-terms.ts';
import { formatSearchParams, isBlankSearch, orderOf, parseSearchParams, type SearchState } from '../../lib/search/search-state.ts';
import { FEW_RESULTS, suggestQuery } from '../../lib/search/spelling.ts';
import { announce } from '../common/announce.ts';
import { findPublications, loadVocabulary, runSearch } from './search-engine.ts';
import { addPublicationsToBasket, downloadResults } from './search-export.ts';
import { SEARCH_UNAVAILABLE } from './search-live.ts';
import { enableArrowKeys, ResultList } from './search-results.ts';

const TYPING_PAUSE_MS = 250;
/** Screens at least this wide show the filters beside the results, open; narrower ones keep them closed above the results until asked for. */
const WIDE_SCREEN = '(min-width: 48.01rem)';

/** The facets the form offers, in its order: each is a fieldset named by `data-facet`, labelled by its legend. */
function readFacets(form: HTMLFormElement): Facet[] {
  return [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')].map((fieldset) => ({
    name: fieldset.dataset.facet ?? '',
    label: fieldset.querySelector('legend')?.textContent?.trim() ?? '',
  }));
}

/** The state the form shows: its fields are the search, as a GET submission would send them. */
function readForm(form: HTMLFormElement, facets: readonly FacetName[]): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return parseSearchParams(params, facets);
}

/** Sets the form's fields to a state; values the form does not offer are dropped. */
function writeForm(form: HTMLFormElement, state: SearchState, facets: readonly FacetName[]): void {
  const query = form.elements.namedItem('q');
  if (query instanceof HTMLInputElement) query.value = state.query;
  const sort = form.elements.namedItem('sort');
  if (sort instanceof HTMLSelectElement) sort.value = state.sort;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')) {
    box.checked = facets.includes(box.name) && (state.filters[box.name]?.includes(box.value) ?? false);
  }
}

/** Shows each facet value's count (read as "Theory stage (13 results)"); a value that would give no results, unless ticked, is disabled. */
function showCounts(form: HTMLFormElement, counts: FacetCounts, facets: readonly FacetName[]): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')) {
    const count = facets.includes(box.name) ? (counts[box.name]?.[box.value] ?? 0) : 0;
    const shown = Object.assign(document.createElement('span'), { textContent: String(count) });
    shown.setAttribute('aria-hidden', 'true');
    const spoken = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: `(${count} ${count === 1 ? 'result' : 'results'})` });
    box.closest('label')?.querySelector('[data-facet-count]')?.replaceChildren(shown, spoken);
    box.disabled = count === 0 && !box.checked;
  }
}

/**
 * The filters' disclosure: the button "Filters (2)" shows or hides the filter column. On a wide
 * screen the filters start open (closing them gives the results the whole width); on a phone they
 * start closed, so the results begin near the top, and Escape or "Show the N results" closes them
 * again. Returns a function that updates the button's count of chosen values.
 */
function startFilterToggle(panel: HTMLElement, form: HTMLFormElement): { update: (resultCount: number) => void } {
  const toggle = panel.querySelector<HTMLButtonElement>('[data-filters-toggle]');
  const filters = panel.querySelector<HTMLElement>('[data-filters-panel]');
  const layout = panel.querySelector<HTMLElement>('[data-filters-layout]');
  const done = panel.querySelector<HTMLButtonElement>('[data-filters-done]');
  const chosen = toggle?.querySelector('[data-filters-chosen]');
  if (!toggle || !filters || !layout) return { update: () => undefined };
  const wide = window.matchMedia(WIDE_SCREEN);
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    filters.hidden = !open;
    layout.classList.toggle('is-collapsed', !open);
  };
  const close = () => {
    setOpen(false);
    toggle.focus();
  };
  setOpen(wide.matches);
  layout.dataset.ready = '';
  wide.addEventListener('change', () => setOpen(wide.matches));
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  filters.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !wide.matches) {
      event.preventDefault();
      close();
    }
  });
  done?.addEventListener('click', () => {
    if (!wide.matches) setOpen(false);
    panel.querySelector<HTMLElement>('#search-results-heading')?.focus();
  });
  return {
    update: (resultCount) => {
      const ticked = form.querySelectorAll('input[type="checkbox"]:checked').length;
      if (chosen) chosen.textContent = ticked > 0 ? ` (${ticked})` : '';
      if (done) {
        done.hidden = false;
        done.textContent = resultCount === 0 ? 'Back to the search' : `Show the ${resultCount} ${resultCount === 1 ? 'result' : 'results'}`;
      }
    },
  };
}

/**
 * The /search/ page: searches as the form changes, keeps the search in the URL (typing replaces
 * the current history entry, a filter or sort change adds one, Back and Forward restore them),
 * updates facet counts and the status, and exports the publications of the current results.
 */
export function startSearchPage(root: Document): void {
  const panel = root.querySelector<HTMLElement>('[data-search-panel]');
  const form = panel?.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const list = panel?.querySelector<HTMLOListElement>('[data-search-results]');
  const status = panel?.querySelector<HTMLElement>('[data-search-summary]');
  const suggestion = panel?.querySelector<HTMLElement>('[data-search-suggestion]');
  if (!panel || !form || !input || !list || !status) return;
  const exporter = panel.querySelector<HTMLElement>('[data-search-export]');
  const exportHeading = exporter?.querySelector('h3');
  const results = new ResultList(list, panel.querySelector<HTMLButtonElement>('[data-search-more]'), { basket: true });
  enableArrowKeys(input, list);
  const filterToggle = startFilterToggle(panel, form);
  const facets = readFacets(form);
  const names = facets.map((facet) => facet.name);
  const labelOf = (facet: FacetName, value: string) => form.querySelector<HTMLInputElement>(`input[name="${facet}"][value="${CSS.escape(value)}"]`)?.dataset.facetLabel ?? value;

  let state = readForm(form, names);
  let latest = 0;
  let typingEntry = false;
  let timer: number | undefined;

  /** Offers the query with its unknown words corrected, when the vocabulary has close words (read out with the status). */
  const offerCorrection = async (request: number, current: SearchState) => {
    const corrected = suggestQuery(current.query, await loadVocabulary());
    if (request !== latest || !corrected || !suggestion) return;
    const link = Object.assign(document.createElement('a'), {
      href: `${location.pathname}?${formatSearchParams({ ...current, query: corrected }, names).toString()}`,
      textContent: corrected,
    });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = corrected;
      window.clearTimeout(timer);
      typingEntry = false;
      update('push');
      input.focus();
    });
    suggestion.replaceChildren(' Did you mean ', link, '?');
  };

  const search = async () => {
    const request = ++latest;
    const current = state;
    try {
      const outcome = await runSearch(current, names);
      if (request !== latest) return;
      showCounts(form, outcome.counts, names);
      if (!(await results.show(outcome.results, highlightTerms(current.query)))) return;
      suggestion?.replaceChildren();
      status.textContent = isBlankSearch(current)
        ? describeEverything(outcome.counts.type ?? {}, orderOf(current))
        : describeOutcome(outcome.results.length, current, labelOf, facets);
      filterToggle.update(outcome.results.length);
      if (exporter && exportHeading) {
        exporter.hidden = outcome.publicationCount === 0;
        exportHeading.textContent = `Export the ${outcome.publicationCount} publication${outcome.publicationCount === 1 ? '' : 's'} in these results`;
      }
      if (current.query && outcome.results.length < FEW_RESULTS) await offerCorrection(request, current);
    } catch {
      if (request === latest) status.textContent = SEARCH_UNAVAILABLE;
    }
  };

  const update = (history: 'push' | 'replace' | 'none') => {
    state = readForm(form, names);
    const query = formatSearchParams(state, names).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (history !== 'none' && url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    void search();
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      // The first keystrokes after a filter change start a new history entry; the rest of the word replaces it.
      update(typingEntry ? 'replace' : 'push');
      typingEntry = true;
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    typingEntry = false;
    update('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    typingEntry = false;
    update('push');
  });
  panel.querySelector('[data-search-clear]')?.addEventListener('click', () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    typingEntry = false;
    update('push');
  });
  window.addEventListener('popstate', () => {
    writeForm(form, parseSearchParams(new URLSearchParams(location.search), names), names);
    typingEntry = false;
    update('none');
  });

  for (const button of exporter?.querySelectorAll<HTMLButtonElement>('[data-export-format]') ?? []) {
    button.addEventListener('click', async () => {
      try {
        const publications = await findPublications(state);
        await downloadResults(publications, button.dataset.exportFormat ?? '');
        announce(`Downloaded ${publications.length} references.`);
      } catch (error) {
        announce(`The download failed (${String(error)}). Try again, or download each publication from its page.`);
      }
    });
  }
  exporter?.querySelector('[data-export-basket]')?.addEventListener('click', async () => {
    try {
      const publications = await findPublications(state);
      const added = addPublicationsToBasket(publications);
      announce(`Added ${added} of ${publications.length} publications to the cite basket${added < publications.length ? ' (the others were already in it)' : ''}.`);
    } catch {
      announce('This browser does not allow the cite basket to be saved.');
    }
  });

  writeForm(form, parseSearchParams(new URLSearchParams(location.search), names), names);
  status.textContent = 'Loading the search index…';
  update('none');
}
