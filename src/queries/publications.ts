import { getCollection } from 'astro:content';
import { assignCitationLabels } from '../lib/csl/citation-labels.ts';
import type { CslItem } from '../lib/csl/csl-item.ts';
import { crossrefClosure } from '../lib/export/crossref-closure.ts';
import type { Publication } from '../schemas/publication.ts';

/** A publication with its CSL item typed and its site-wide in-text label. */
export interface PublicationRecord extends Publication {
  item: CslItem;
  citationLabel: string;
}

let cached: Promise<PublicationRecord[]> | undefined;
let selectWithParents: ((keys: string[]) => PublicationRecord[]) | undefined;

/** Every publication, newest first, then by label; read once per build. */
export function getPublications(): Promise<PublicationRecord[]> {
  cached ??= (async () => {
    const entries = await getCollection('publications');
    const items = entries.map((entry) => entry.data.csl as CslItem);
    const labels = assignCitationLabels(items);
    const records = entries.map((entry) => ({ ...entry.data, item: entry.data.csl as CslItem, citationLabel: labels.get(entry.data.key) ?? entry.data.key }));
    return records.sort(compareNewestFirst);
  })();
  return cached;
}

function yearNumber(record: PublicationRecord): number {
  return Number(record.item.issued?.['date-parts']?.[0]?.[0] ?? 0);
}

function compareNewestFirst(a: PublicationRecord, b: PublicationRecord): number {
  return yearNumber(b) - yearNumber(a) || a.citationLabel.localeCompare(b.citationLabel) || a.key.localeCompare(b.key);
}

/** The publications with these keys, plus every crossref parent they need, children first. */
export async function getPublicationsForExport(keys?: string[]): Promise<PublicationRecord[]> {
  const all = await getPublications();
  if (!keys) return all;
  selectWithParents ??= crossrefClosure(all);
  return selectWithParents(keys);
}
