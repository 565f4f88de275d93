/**
 * Every address a stylesheet refers to: `url(…)` in any quoting and `@import "…"`. Comments are
 * ignored. Enough to find what a stylesheet makes the browser fetch, not a CSS parser.
 */
export function findCssUrls(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls: string[] = [];
  for (const match of code.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) {
    urls.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  for (const match of code.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    urls.push(match[1] ?? match[2] ?? '');
  }
  return urls.filter((url) => url !== '');
}
