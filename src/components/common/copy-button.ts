import { announce } from './announce.ts';

/** How long the visible "Copied" stays beside the button. */
const CONFIRMATION_MS = 2500;

/**
 * Puts an element's content on the clipboard as rich text (its HTML, so italics survive a paste into
 * Word or Google Docs) and as plain text (what editors without rich text paste); plain text alone where
 * the browser cannot write HTML to the clipboard.
 */
async function copyElement(element: HTMLElement): Promise<void> {
  const text = element.innerText.trim();
  if (typeof ClipboardItem === 'function' && typeof navigator.clipboard.write === 'function') {
    const html = element.innerHTML.trim();
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) })]);
  } else await navigator.clipboard.writeText(text);
}

/**
 * Shows every copy button (they are hidden until JavaScript can run them) and wires it to the
 * clipboard. The result is announced to screen readers and shown beside the button ("Copied"),
 * which is hidden from assistive technology so that it is not read twice.
 */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    if (button.dataset.enhanced) continue;
    button.dataset.enhanced = 'true';
    button.hidden = false;
    const status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('aria-hidden', 'true');
    button.after(status);
    let clear = 0;
    const show = (message: string) => {
      status.textContent = message;
      window.clearTimeout(clear);
      clear = window.setTimeout(() => (status.textContent = ''), CONFIRMATION_MS);
    };
    button.addEventListener('click', async () => {
      const target = document.getElementById(button.dataset.copyTarget ?? '');
      try {
        if (!target) throw new Error('nothing to copy');
        await copyElement(target);
        announce('Copied to the clipboard.');
        show('Copied');
      } catch {
        announce('Copying failed: select the text and copy it by hand.');
        show('Copying failed: select the text instead');
      }
    });
  }
}
