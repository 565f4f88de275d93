/**
 * Shows a glossary term's definition in place (WCAG 1.4.13: it can be hovered, stays until the pointer or
 * focus leaves or Escape is pressed, and covers nothing that cannot be uncovered):
 *   - on hover, after a short pause, and on keyboard focus;
 *   - on a touch screen, the first tap shows it and a second tap follows the link to the glossary.
 * The definition is already in the page (the hidden block that rehype-glossary adds, which is also the
 * link's aria-describedby), so screen readers hear it without this script, and nothing is fetched.
 * Hand-written (under 1 kB compressed) because the popover libraries cost more bytes than the page budget allows.
 */
const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 200;

export function enhanceGlossaryTerms(root: Document): void {
  const terms = [...root.querySelectorAll<HTMLAnchorElement>('a.glossary-term[aria-describedby]')];
  if (terms.length === 0) return;
  const tip = root.createElement('div');
  tip.className = 'glossary-tip';
  tip.id = 'glossary-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  const heading = root.createElement('strong');
  const text = root.createElement('span');
  tip.append(heading, text);
  // Inside <main>, so that the definition is in the page's landmarks like the text it explains.
  (root.querySelector('main') ?? root.body).append(tip);

  let current: HTMLAnchorElement | undefined;
  let timer: number | undefined;
  const later = (action: () => void, delay: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(action, delay);
  };

  function show(term: HTMLAnchorElement): void {
    window.clearTimeout(timer);
    const definition = root.getElementById(term.getAttribute('aria-describedby') ?? '');
    if (!definition) return;
    current?.removeAttribute('data-tip-open');
    current = term;
    term.setAttribute('data-tip-open', '');
    heading.textContent = definition.dataset.term ?? term.textContent ?? '';
    text.textContent = ` ${definition.textContent ?? ''}`;
    tip.hidden = false;
    place(term);
  }

  function hide(): void {
    window.clearTimeout(timer);
    tip.hidden = true;
    current?.removeAttribute('data-tip-open');
    current = undefined;
  }

  /** Below the term, or above it when there is no room below; never past the viewport's sides. */
  function place(term: HTMLElement): void {
    const box = term.getBoundingClientRect();
    const margin = 8;
    tip.style.maxWidth = `${Math.min(352, window.innerWidth - 2 * margin)}px`;
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.max(margin, Math.min(box.left, window.innerWidth - width - margin));
    const below = box.bottom + 6;
    const top = below + height > window.innerHeight - margin && box.top - height - 6 > margin ? box.top - height - 6 : below;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  }

  /** The term a touch began on, and whether its definition was open then (focus opens it before the click). */
  let touched: { term: HTMLAnchorElement; wasOpen: boolean } | undefined;
  for (const term of terms) {
    term.addEventListener('pointerenter', (event) => {
      if (event.pointerType !== 'touch') later(() => show(term), SHOW_DELAY_MS);
    });
    term.addEventListener('pointerleave', () => later(hide, HIDE_DELAY_MS));
    term.addEventListener('focus', () => show(term));
    term.addEventListener('blur', () => later(hide, HIDE_DELAY_MS));
    term.addEventListener('pointerdown', (event) => {
      touched = event.pointerType === 'touch' ? { term, wasOpen: current === term && !tip.hidden } : undefined;
    });
    term.addEventListener('click', (event) => {
      // A tap on a term whose definition is not open opens it; the next tap follows the link.
      if (touched?.term === term && !touched.wasOpen) {
        event.preventDefault();
        show(term);
      }
      touched = undefined;
    });
  }
  tip.addEventListener('pointerenter', () => window.clearTimeout(timer));
  tip.addEventListener('pointerleave', () => later(hide, HIDE_DELAY_MS));
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tip.hidden) hide();
  });
  root.addEventListener('pointerdown', (event) => {
    if (!tip.hidden && event.target instanceof Node && !tip.contains(event.target) && !current?.contains(event.target)) hide();
  });
  window.addEventListener('resize', () => current && place(current));
}
