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
