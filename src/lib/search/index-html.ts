/**
 * Elements a browser shows apart but Pagefind 1.6 runs into their neighbours' text, so that a
 * publication's record read "AuthorsJulie Williams … SladeJournalBritish Journal of
 * PsychiatryYear2015Volume" and neither "Slade" nor "2015" was a word there.
 */
const RUN_TOGETHER = ['dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'summary', 'legend'];
const CLOSING_TAG = new RegExp(`</(${RUN_TOGETHER.join('|')})\\s*>`, 'gi');

/** The HTML with a space after each closing tag of those elements: what Pagefind should read. The built files are not changed. */
export function separateBlockText(html: string): string {
  return html.replace(CLOSING_TAG, '$& ');
}

/** The address of a built HTML file, as Pagefind would give it: "about/index.html" → "/about/", "index.html" → "/". */
export function pageUrlOf(relativePath: string): string {
  const path = relativePath.replaceAll('\\', '/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}
