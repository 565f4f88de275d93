import { announce } from './announce.ts';

/** Shows every copy button (they are hidden until JavaScript can run them) and wires it to the clipboard. */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    if (button.dataset.enhanced) continue;
    button.dataset.enhanced = 'true';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const target = document.getElementById(button.dataset.copyTarget ?? '');
      const text = target?.innerText.trim() ?? '';
      try {
        await navigator.clipboard.writeText(text);
        announce('Copied to the clipboard.');
      } catch {
        announce('Copying failed: select the text and copy it by hand.');
      }
    });
  }
}
