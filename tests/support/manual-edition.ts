import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The manual summary's edition as content/manual/edition.yaml declares it, so tests follow the content. */
export function readManualEdition(): { title: string; version: string; date: string } {
  const [edition] = parse(readFileSync('content/manual/edition.yaml', 'utf8')) as { title: string; version: string; date: string }[];
  if (!edition) throw new Error('content/manual/edition.yaml declares no edition. Fix: add one entry with id, title, version and date.');
  return edition;
}
