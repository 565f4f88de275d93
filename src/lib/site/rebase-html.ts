import { withBase } from './site-identity.ts';

/** The attributes whose values are addresses on the site (`data-graph-src` is the graph's data file). */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'data-graph-src'];

const ATTRIBUTE = new RegExp(`(\\s(?:${URL_ATTRIBUTES.join('|')})=)(["'])(/(?!/)[^"']*)\\2`, 'g');

/**
 * Puts the base path in front of every root-absolute address in the page's URL attributes, so that
 * links written as `/map/` (in components and in content/ MDX alike) work when the site lives under
 * `/refocus/`. Addresses already under the base (Astro's own assets), other hosts, `//host` and
 * relative links are left as they are; text is never touched. With base `/` the page is unchanged.
 */
export function rebaseHtml(html: string, base: string): string {
  if (base === '/') return html;
  return html.replace(ATTRIBUTE, (_whole, name: string, quote: string, path: string) => `${name}${quote}${withBase(base, path)}${quote}`);
}
