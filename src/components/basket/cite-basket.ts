import { publicationHref } from '../../lib/site/publication-slug.ts';
import { inBase } from '../common/base-path.ts';
import { downloadPublications } from '../citations/download-publications.ts';
import { BASKET_STORAGE_KEY, formatBasketReferences, parseBasket, toggleBasketItem, type BasketItem } from '../../lib/basket/basket-state.ts';
import { announce } from '../common/announce.ts';

function readBasket(): BasketItem[] {
  try {
    return parseBasket(localStorage.getItem(BASKET_STORAGE_KEY));
  } catch {
    return [];
  }
}

function writeBasket(basket: BasketItem[]): void {
  try {
    localStorage.setItem(BASKET_STORAGE_KEY, JSON.stringify(basket));
  } catch {
    announce('This browser does not allow the basket to be saved; it will be lost when you leave the page.');
  }
}

/**
 * Wires the cite basket: every checkbox marked data-basket-key adds or removes its publication;
 * the selection is kept in localStorage, so it survives moving between pages; the panel downloads
 * the selection in each export format (joined from the per-publication files) or copies it.
 */
export function startCiteBasket(root: Document): void {
  const container = root.querySelector<HTMLElement>('[data-basket]');
  if (!container) return;
  const openButton = container.querySelector<HTMLButtonElement>('[data-basket-open]');
  const panel = container.querySelector<HTMLElement>('#basket-panel');
  const list = container.querySelector<HTMLUListElement>('[data-basket-list]');
  const count = container.querySelector<HTMLElement>('[data-basket-count]');
  let basket = readBasket();

  const render = () => {
    container.hidden = false;
    container.dataset.count = String(basket.length);
    for (const element of container.querySelectorAll<HTMLElement>('[data-basket-empty]')) element.hidden = basket.length > 0;
    for (const element of container.querySelectorAll<HTMLElement>('[data-basket-actions], [data-basket-list]')) element.hidden = basket.length === 0;
    if (count) count.textContent = String(basket.length);
    if (list) {
      list.replaceChildren(
        ...basket.map((item) => {
          const entry = document.createElement('li');
          const link = document.createElement('a');
          link.href = inBase(publicationHref(item.key));
          link.textContent = item.title;
          const remove = document.createElement('button');
          remove.type = 'button';
          remove.className = 'basket__remove';
          remove.dataset.basketRemove = item.key;
          const hidden = document.createElement('span');
          hidden.className = 'visually-hidden';
          hidden.textContent = ` “${item.title}” from the cite basket`;
          remove.append('Remove', hidden);
          entry.append(link, ' ', remove);
          return entry;
        }),
      );
    }
    for (const box of root.querySelectorAll<HTMLInputElement>('input[data-basket-key]')) {
      box.checked = basket.some((item) => item.key === box.dataset.basketKey);
    }
  };

  for (const label of root.querySelectorAll<HTMLElement>('[data-basket-toggle]')) label.hidden = false;
  root.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset.basketKey) return;
    const item = { key: box.dataset.basketKey, title: box.dataset.basketTitle ?? box.dataset.basketKey, apa: box.dataset.basketApa ?? '' };
    basket = toggleBasketItem(basket, item, box.checked);
    writeBasket(basket);
    render();
    announce(`${box.checked ? 'Added to' : 'Removed from'} the cite basket: ${basket.length} selected.`);
  });
  openButton?.addEventListener('click', () => {
    if (!panel) return;
    const open = panel.hidden;
    panel.hidden = !open;
    openButton.setAttribute('aria-expanded', String(open));
  });
  // A click or tap outside the basket closes its panel, as other popovers do.
  root.addEventListener('pointerdown', (event) => {
    if (panel && !panel.hidden && event.target instanceof Node && !container.contains(event.target)) {
      panel.hidden = true;
      openButton?.setAttribute('aria-expanded', 'false');
    }
  });
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel && !panel.hidden) {
      panel.hidden = true;
      openButton?.setAttribute('aria-expanded', 'false');
      openButton?.focus();
    }
  });
  for (const button of container.querySelectorAll<HTMLButtonElement>('[data-basket-download]')) {
    button.addEventListener('click', async () => {
      const format = button.dataset.basketDownload ?? '';
      try {
        await downloadPublications(
          basket.map((item) => item.key),
          format,
          'cite-basket',
        );
        announce(`Downloaded ${basket.length} references.`);
      } catch (error) {
        announce(`The download failed (${String(error)}). Try again, or download each publication from its page.`);
      }
    });
  }
  // One item out: focus moves to the next item's button (or the previous, or the main content when none is left).
  list?.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-basket-remove]') : null;
    if (!button) return;
    const index = basket.findIndex((item) => item.key === button.dataset.basketRemove);
    const removed = basket[index];
    if (!removed) return;
    basket = toggleBasketItem(basket, removed, false);
    writeBasket(basket);
    render();
    const next = list.querySelectorAll<HTMLButtonElement>('[data-basket-remove]')[Math.min(index, basket.length - 1)];
    if (next) next.focus();
    else openButton?.focus();
    announce(`Removed from the cite basket: ${removed.title}. ${basket.length} selected.`);
  });
  container.querySelector('[data-basket-copy]')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(formatBasketReferences(basket));
      announce(`Copied ${basket.length} references.`);
    } catch {
      announce('Copying failed: your browser did not allow access to the clipboard.');
    }
  });
  container.querySelector('[data-basket-clear]')?.addEventListener('click', () => {
    basket = [];
    writeBasket(basket);
    render();
    // The panel stays open on its empty state; focus returns to the basket's button.
    openButton?.focus();
    announce('The cite basket is empty.');
  });
  window.addEventListener('storage', (event) => {
    if (event.key !== BASKET_STORAGE_KEY) return;
    basket = readBasket();
    render();
  });
  render();
}
