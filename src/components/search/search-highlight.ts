import { SEARCH_EXCLUDE_SELECTORS } from '../../lib/search/facets.ts';
import { findTermMatches, readHighlightParam } from '../../lib/search/highlight-terms.ts';

/** Elements whose text is never marked; nor is what the index leaves out (breadcrumbs, reference lists, …). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'MARK']);
const NOT_INDEXED = SEARCH_EXCLUDE_SELECTORS.join(', ');

/**
 * Marks the searched words on the page a search result opened (`?pagefind-highlight=hope`), in
 * the indexed content only, with <mark class="search-highlight">. A few lines instead of
 * Pagefind's highlight script, which brings mark.js and injects an inline style.
 */
export function highlightSearchTerms(root: Document): void {
  const terms = readHighlightParam(root.location.search);
  const scope = root.querySelector('[data-pagefind-body]') ?? root.querySelector('main');
  if (terms.length === 0 || !scope) return;
  const walker = root.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let parent = node.parentElement; parent && parent !== scope; parent = parent.parentElement) {
        if (SKIP.has(parent.tagName) || parent.hidden || parent.matches(NOT_INDEXED)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    const ranges = findTermMatches(text, terms);
    if (ranges.length === 0) continue;
    const parts: (string | HTMLElement)[] = [];
    let position = 0;
    for (const [start, end] of ranges) {
      if (start > position) parts.push(text.slice(position, start));
      const mark = root.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = text.slice(start, end);
      parts.push(mark);
      position = end;
    }
    if (position < text.length) parts.push(text.slice(position));
    node.replaceWith(...parts);
  }
}
