import type { CslItem, CslName } from './csl-item.ts';

/**
 * citeproc-js formats a handful of references in one call about 1.6× faster than one at a time
 * (measured: 7.4 → 4.5 ms a reference across the three styles). But a bibliography call
 * disambiguates its entries against each other: two works by the same first author in the same year
 * become "2011a" and "2011b". Each publication page shows its reference on its own, so a batch must
 * never hold two items that could be confused. Items whose first name (or, without names, title)
 * differs can never share a citation form, so batches are built with at most one item per first name
 * (folded for case and accents; a name with only a given part counts as empty, as citeproc cites it).
 */
export const REFERENCE_BATCH_SIZE = 10;

/** Batches kept open for more items; beyond this the oldest is closed part-full, keeping the split linear. */
const MAX_OPEN_BATCHES = 64;

const NAME_FIELDS = ['author', 'editor', 'translator', 'collection-editor', 'container-author', 'director', 'composer', 'interviewer', 'recipient', 'reviewed-author'] as const;

/** What a style could cite the item by: its first name, or its title when it names no one. */
export function citationIdentity(item: CslItem): string {
  for (const field of NAME_FIELDS) {
    const names = (item as unknown as Record<string, CslName[] | undefined>)[field];
    const first = Array.isArray(names) ? names[0] : undefined;
    // A name with no family part cites as an empty name, so all such names share one identity.
    if (first) return `name:${fold(first.family ?? first.literal ?? '')}`;
  }
  return `title:${fold(item.title ?? '')}`;
}

/** Case, accents and spacing folded away, so near-identical names also count as the same. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

/** Splits items into batches of at most `size` in which no two items share a citation identity. */
export function batchesWithoutAmbiguity(items: CslItem[], size = REFERENCE_BATCH_SIZE): CslItem[][] {
  const open: { items: CslItem[]; identities: Set<string> }[] = [];
  const done: CslItem[][] = [];
  for (const item of items) {
    const identity = citationIdentity(item);
    let batch = open.find((candidate) => !candidate.identities.has(identity));
    if (!batch) {
      if (open.length >= MAX_OPEN_BATCHES) done.push(open.shift()?.items ?? []);
      batch = { items: [], identities: new Set() };
      open.push(batch);
    }
    batch.items.push(item);
    batch.identities.add(identity);
    if (batch.items.length >= size) {
      done.push(batch.items);
      open.splice(open.indexOf(batch), 1);
    }
  }
  return [...done, ...open.map((batch) => batch.items)];
}
