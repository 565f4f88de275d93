import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

/** A chapter with its number and neighbours. */
export interface ManualChapter {
  entry: CollectionEntry<'manual'>;
  slug: string;
  number: number;
  previous?: CollectionEntry<'manual'>;
  next?: CollectionEntry<'manual'>;
}

/** The manual summary's edition: title, version and date. */
export async function getManualEdition() {
  const edition = await getEntry('manualEdition', 'current');
  if (!edition) throw new Error('content/manual/edition.yaml has no entry "current". Fix: add - id: current with title, version and date.');
  return edition.data;
}

/** The chapters in order, each with its number and neighbours. */
export async function getManualChapters(): Promise<ManualChapter[]> {
  const entries = (await getCollection('manual')).sort((a, b) => a.data.order - b.data.order);
  return entries.map((entry, index) => ({
    entry,
    slug: entry.id,
    number: index + 1,
    previous: entries[index - 1],
    next: entries[index + 1],
  }));
}
