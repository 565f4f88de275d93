/**
 * The header's menu button on narrow screens: it shows and hides the main navigation (a disclosure:
 * `aria-expanded` on the button, which controls the list). Escape closes it and returns focus to the
 * button; a click outside, or focus leaving it, closes it. On wide screens the navigation is always
 * shown and the button is hidden by the stylesheet; without JavaScript the navigation is always shown.
 */
export function enhanceSiteMenu(root: Document): void {
  const toggle = root.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  const menu = root.querySelector<HTMLElement>('[data-menu]');
  if (!toggle || !menu) return;
  const isOpen = () => toggle.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('is-open', open);
  };
  const within = (target: EventTarget | null) => target instanceof Node && (menu.contains(target) || toggle.contains(target));
  toggle.hidden = false;
  toggle.addEventListener('click', () => setOpen(!isOpen()));
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    setOpen(false);
    toggle.focus();
  });
  root.addEventListener('click', (event) => {
    if (isOpen() && !within(event.target)) setOpen(false);
  });
  menu.addEventListener('focusout', (event) => {
    if (isOpen() && event.relatedTarget && !within(event.relatedTarget)) setOpen(false);
  });
}
