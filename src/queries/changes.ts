import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { checkChanges, entryLines, historyOf, newestFirst, type HistoryItem } from '../lib/changes/changelog.ts';
import { CHANGES_FILE, type Change } from '../schemas/changes.ts';
import { getPublications } from './publications.ts';

let cached: Promise<Change[]> | undefined;

/**
 * The changelog, newest first, read once per build. Fails the build, naming file, line and fix, when
 * an entry names a citation key that is not in references/ (the pages an entry names are checked once
 * the build has made them, by src/integrations/changelog-pages.ts).
 */
export function getChanges(): Promise<Change[]> {
  cached ??= (async () => {
    const [entries, publications] = await Promise.all([getCollection('changes'), getPublications()]);
    const changes = entries.map((entry) => entry.data);
    const messages = checkChanges(changes, {
      file: CHANGES_FILE,
      lines: existsSync(CHANGES_FILE) ? entryLines(readFileSync(CHANGES_FILE, 'utf8')) : new Map(),
      publicationKeys: new Set(publications.map((record) => record.key)),
    });
    if (messages.length > 0) throw new Error(`The changelog has ${messages.length} problem(s):\n${messages.map((message) => `  - ${message}`).join('\n')}`);
    return newestFirst(changes);
  })();
  return cached;
}

/** A publication's history for its page: "Added on … · Corrected on …", oldest first. */
export async function getPublicationHistory(key: string): Promise<HistoryItem[]> {
  return historyOf(key, await getChanges());
}
