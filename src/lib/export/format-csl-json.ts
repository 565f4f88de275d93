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

/** Joins CSL-JSON arrays written by {@link formatCslJson} into one, each item once by id (the first one seen). */
export function joinCslJson(files: string[]): string {
  const items = new Map<string, unknown>();
  for (const file of files) {
    for (const item of JSON.parse(file) as { id: string }[]) if (!items.has(item.id)) items.set(item.id, item);
  }
  return `${JSON.stringify([...items.values()], null, 2)}\n`;
}
