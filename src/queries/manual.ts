import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';

/** A chapter with its neighbours and a revision stamp that changes whenever its text does. */
export interface ManualChapter {
  entry: CollectionEntry<'manual'>;
  slug: string;
  number: number;
  revision: string;
  previous?: CollectionEntry<'manual'>;
  next?: CollectionEntry<'manual'>;
}

/** The manual summary's edition: title, version and date. */
export async function getManualEdition() {
  const edition = await getEntry('manualEdition', 'current');
  if (!edition) throw new Error('content/manual/edition.yaml has no entry "current". Fix: add - id: current with title, version and date.');
  return edition.data;
}

/** The chapters in order, each with its neighbours and revision. */
export async function getManualChapters(): Promise<ManualChapter[]> {
  const entries = (await getCollection('manual')).sort((a, b) => a.data.order - b.data.order);
  return entries.map((entry, index) => ({
    entry,
    slug: entry.id,
    number: index + 1,
    revision: createHash('sha256')
      .update(entry.body ?? '')
      .digest('hex')
      .slice(0, 8),
    previous: entries[index - 1],
    next: entries[index + 1],
  }));
}
