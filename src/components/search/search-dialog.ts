/** Whether the reader is on a Mac-like system, where the shortcut is ⌘K rather than Ctrl+K. */
function isApple(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/**
 * The header's search: a button (shown once this script runs) and Ctrl+K / ⌘K open a native modal
 * <dialog>; Escape, the Close button or a click outside close it, and focus returns to where it
 * was (the button when the shortcut was pressed from nowhere in particular). Search as you type
 * (and Pagefind) are loaded on the first opening. On /search/ itself the button and the shortcut
 * go to the page's own search box instead.
 */
export function startSearchDialog(root: Document): void {
  const button = root.querySelector<HTMLButtonElement>('[data-search-open]');
  const dialog = root.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!button || !dialog || !input) return;
  const shortcut = button.querySelector('[data-search-shortcut]');
  if (shortcut && isApple()) shortcut.textContent = '⌘ K';
  button.hidden = false;
  let returnFocus: HTMLElement | null = null;
  let started = false;

  const pageInput = () => root.querySelector<HTMLInputElement>('[data-search-panel] input[type="search"]');
  const open = async () => {
    const onPage = pageInput();
    if (onPage) {
      onPage.focus();
      onPage.select();
      return;
    }
    if (!dialog.open) {
      const active = root.activeElement;
      returnFocus = active instanceof HTMLElement && active !== root.body ? active : button;
      dialog.showModal();
    }
    input.focus();
    input.select();
    if (!started) {
      started = true;
      const { startLiveSearch } = await import('./search-live.ts');
      startLiveSearch({
        input,
        status: dialog.querySelector<HTMLElement>('[data-search-status]') ?? input,
        suggestion: dialog.querySelector<HTMLElement>('[data-search-suggestion]'),
        list: dialog.querySelector<HTMLOListElement>('[data-search-results]') ?? root.createElement('ol'),
        more: dialog.querySelector<HTMLButtonElement>('[data-search-more]'),
      });
    }
  };

  button.addEventListener('click', () => void open());
  root.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      void open();
    }
  });
  // Escape closes at once, even from a search box that would first clear itself.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    (returnFocus ?? button).focus();
    returnFocus = null;
  });
}
