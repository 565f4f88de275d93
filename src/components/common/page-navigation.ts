/** From this width the navigation sits beside the text, always open (global.css, `.doc--with-nav`). */
const BESIDE_THE_TEXT = '(min-width: 64rem)';

/**
 * The navigation is a <details>: folded above the text on a narrow screen, open beside it on a wide
 * one. CSS shows it open there at first paint where browsers support ::details-content; this makes
 * it open in fact (for assistive technology, and in browsers without that support), and follows the
 * screen across the width, leaving the reader's own choice alone otherwise.
 */
export function openBesideText(root: Document): void {
  const details = root.querySelector<HTMLDetailsElement>('[data-page-nav]');
  if (!details) return;
  const wide = window.matchMedia(BESIDE_THE_TEXT);
  const follow = () => {
    details.open = wide.matches;
  };
  follow();
  wide.addEventListener('change', follow);
}

/**
 * "On this page" follows the reading: the link of the section being read is marked
 * aria-current="location" (shown in bold). The section being read is the last one whose heading
 * has passed the top third of the screen. Hand-written (about 30 lines) rather than a scrollspy
 * package: the ones on npm bring styling or a framework for what one IntersectionObserver does.
 */
export function followReading(root: Document): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.page-nav .toc a[href^="#"]')];
  const targets = links.map((link) => root.getElementById(decodeURIComponent(link.hash.slice(1))));
  if (links.length === 0 || targets.some((target) => target === null)) return;
  const headings = targets as HTMLElement[];
  let current = -1;
  const mark = () => {
    const line = window.innerHeight / 3;
    let reading = -1;
    headings.forEach((heading, index) => {
      if (heading.getBoundingClientRect().top <= line) reading = index;
    });
    if (reading === current) return;
    links[current]?.removeAttribute('aria-current');
    current = reading;
    links[current]?.setAttribute('aria-current', 'location');
  };
  // Each crossing of a heading over the line is a moment the section being read may change.
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
  headings.forEach((heading) => observer.observe(heading));
  mark();
}
