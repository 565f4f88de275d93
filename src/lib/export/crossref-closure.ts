import type { BibtexEntryInput } from './format-bibtex.ts';

/**
 * A lookup of the publications with these keys plus every crossref parent they need, children first
 * (BibTeX wants a crossref'd entry after the entries that use it). Keys match regardless of case.
 */
export function crossrefClosure<T extends BibtexEntryInput>(all: T[]): (keys: string[]) => T[] {
  const byKey = new Map(all.map((record) => [record.key.toLowerCase(), record]));
  return (keys) => {
    const chosen: T[] = [];
    const seen = new Set<string>();
    const add = (key: string) => {
      const record = byKey.get(key.toLowerCase());
      if (!record || seen.has(record.key)) return;
      seen.add(record.key);
      chosen.push(record);
      const parent = record.fields.find((field) => field.name === 'crossref');
      if (parent) add(parent.value.trim());
    };
    keys.forEach(add);
    return chosen;
  };
}
