import type { CslItem } from '../csl/csl-item.ts';

/** Fields citation-js keeps for itself, which are not CSL variables. */
const INTERNAL_FIELDS = new Set(['_graph', '_label']);

/** Writes items as a CSL-JSON array (what Zotero, pandoc and citeproc read), with `citation-key` set. */
export function formatCslJson(items: CslItem[]): string {
  const clean = items.map((item) => {
    const entries = Object.entries(item).filter(([name]) => !INTERNAL_FIELDS.has(name));
    return { ...Object.fromEntries(entries), 'citation-key': item.id };
  });
  return `${JSON.stringify(clean, null, 2)}\n`;
}
