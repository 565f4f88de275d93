import { BASKET_STORAGE_KEY, parseBasket } from '../../lib/basket/basket-state.ts';
import type { PagefindResult } from '../../lib/search/pagefind-api.ts';
import { toResultView, type ResultTagGroup, type ResultView, type TextSegment } from '../../lib/search/result-view.ts';

/** Results shown at first and added by each "Show more". */
const PAGE_SIZE = 10;

type Child = Node | string;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function excerpt(segments: TextSegment[], className: string): HTMLParagraphElement {
  return element(
    'p',
    { class: className },
    segments.map((segment) => (segment.marked ? element('mark', {}, [segment.text]) : segment.text)),
  );
}

function tagGroup(label: string, items: string[], colour: string | undefined): HTMLElement[] {
  if (items.length === 0) return [];
  return [
    element('div', {}, [
      element('dt', {}, [label]),
      element('dd', {}, [
        element(
          'ul',
          { class: 'tags' },
          items.map((item) => element('li', colour ? { class: `dim-${colour}` } : {}, [item])),
        ),
      ]),
    ]),
  ];
}

function basketToggle(view: ResultView, basketKeys: Set<string>): HTMLElement[] {
  const publication = view.publication;
  if (!publication) return [];
  // The cite basket (cite-basket.ts) listens for changes on any input[data-basket-key] in the page.
  const box = element('input', { type: 'checkbox', 'data-basket-key': publication.key, 'data-basket-title': view.title, 'data-basket-apa': publication.apa });
  box.checked = basketKeys.has(publication.key);
  return [
    element('label', { class: 'basket-toggle search-result__basket', 'data-basket-toggle': '' }, [
      box,
      element('span', { class: 'visually-hidden' }, [`Add “${view.title}” to the cite basket`]),
    ]),
  ];
}

/** One result as a list item: type, linked title, a publication's authors, year, journal and tags, the excerpt, matching sections. */
export function renderResult(view: ResultView, options: { basketKeys?: Set<string> } = {}): HTMLLIElement {
  const publication = view.publication;
  const details: HTMLElement[] = [];
  if (publication) {
    const citation: Child[] = [`${publication.authors}${publication.authors ? ' ' : ''}(${publication.year}).`];
    if (publication.container) citation.push(' ', element('i', {}, [publication.container]), '.');
    details.push(element('p', { class: 'search-result__citation' }, citation));
    const tags = publication.tags.flatMap((group) => tagGroup(group.label, group.items, group.colour));
    if (tags.length > 0) details.push(element('dl', { class: 'search-result__tags' }, tags));
  }
  const sections =
    view.sections.length > 0
      ? [
          element(
            'ul',
            { class: 'search-result__sections', 'aria-label': `Matching sections of ${view.title}` },
            view.sections.map((section) =>
              element('li', {}, [element('a', { href: section.href, 'data-result-link': '' }, [section.title]), excerpt(section.excerpt, 'search-result__excerpt')]),
            ),
          ),
        ]
      : [];
  const kind = publication?.kind ? `${view.typeLabel} · ${publication.kind}` : view.typeLabel;
  return element('li', { class: 'search-result', 'data-result-type': view.type }, [
    ...(options.basketKeys ? basketToggle(view, options.basketKeys) : []),
    element('div', { class: 'search-result__body' }, [
      element('p', { class: 'search-result__type' }, [kind]),
      element('h3', { class: 'search-result__title' }, [element('a', { href: view.href, 'data-result-link': '' }, [view.title])]),
      ...details,
      excerpt(view.excerpt, 'search-result__excerpt'),
      ...sections,
    ]),
  ]);
}

function readBasketKeys(): Set<string> {
  try {
    return new Set(parseBasket(localStorage.getItem(BASKET_STORAGE_KEY)).map((item) => item.key));
  } catch {
    return new Set();
  }
}

/**
 * A list of results shown a page at a time: each result's data is fetched only when it is shown,
 * and "Show more" adds the next page and moves focus to its first result.
 */
/** The tag groups a publication result shows, as the page's search dialog declares them (`data-result-tags`, from the framework). */
export function readResultTags(root: Document): ResultTagGroup[] {
  const declared = root.querySelector<HTMLElement>('[data-search-dialog]')?.dataset.resultTags;
  return declared ? (JSON.parse(declared) as ResultTagGroup[]) : [];
}

export class ResultList {
  private results: PagefindResult[] = [];
  private terms: string[] = [];
  private shown = 0;
  private generation = 0;
  private readonly list: HTMLOListElement;
  private readonly moreButton: HTMLButtonElement | null;
  /** Whether publication results get a cite-basket checkbox. */
  private readonly basket: boolean;

  /** The tag groups publication results show (from the search dialog's `data-result-tags`). */
  private readonly tagGroups: ResultTagGroup[];

  constructor(list: HTMLOListElement, moreButton: HTMLButtonElement | null, options: { basket: boolean }) {
    this.list = list;
    this.tagGroups = readResultTags(list.ownerDocument);
    this.moreButton = moreButton;
    this.basket = options.basket;
    moreButton?.addEventListener('click', () => void this.showMore(true));
  }

  /** Replaces the list with the first page of these results. Resolves false when a newer call overtook it. */
  async show(results: PagefindResult[], terms: string[]): Promise<boolean> {
    this.generation += 1;
    this.results = results;
    this.terms = terms;
    this.shown = 0;
    return this.showMore(false, true);
  }

  private async showMore(moveFocus: boolean, replace = false): Promise<boolean> {
    const generation = this.generation;
    const next = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const fragments = await Promise.all(next.map((result) => result.data()));
    if (generation !== this.generation) return false;
    const basketKeys = this.basket ? readBasketKeys() : undefined;
    const items = fragments.map((fragment) => renderResult(toResultView(fragment, this.terms, this.tagGroups), basketKeys ? { basketKeys } : {}));
    if (replace) this.list.replaceChildren(...items);
    else this.list.append(...items);
    this.shown += next.length;
    if (this.moreButton) {
      const remaining = this.results.length - this.shown;
      this.moreButton.hidden = remaining <= 0;
      this.moreButton.textContent = `Show ${Math.min(PAGE_SIZE, remaining)} more of ${remaining} remaining results`;
    }
    if (moveFocus) items[0]?.querySelector<HTMLElement>('[data-result-link]')?.focus();
    return true;
  }

  /** Empties the list. */
  clear(): void {
    this.generation += 1;
    this.results = [];
    this.shown = 0;
    this.list.replaceChildren();
    if (this.moreButton) this.moreButton.hidden = true;
  }
}

/**
 * Arrow keys move between the search box and the result links (Down from the box to the first
 * result, Up from the first result back to the box); Tab and Enter work as usual.
 */
export function enableArrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLElement>('[data-result-link]')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    event.preventDefault();
    const target = event.key === 'ArrowDown' ? all[Math.min(index + 1, all.length - 1)] : index === 0 ? input : all[index - 1];
    target?.focus();
  });
}
