import { getCollection } from 'astro:content';
import { checkProvenance, describeUnverified, exportCaveat, isIncomplete } from '../lib/provenance/check-provenance.ts';
import type { Provenance } from '../schemas/provenance.ts';
import { FRAMEWORK, STRICT_BIBLIOGRAPHIES } from './framework.ts';
import { getPublications } from './publications.ts';

let cached: Promise<Map<string, Provenance>> | undefined;

/**
 * Where each record of the annotated bibliography was checked, keyed by citation key; checked once per
 * build against the records (an entry for every record, none for an unknown key, no unverified field
 * kept), failing with every problem listed.
 */
export function getProvenance(): Promise<Map<string, Provenance>> {
  cached ??= (async () => {
    const declared = FRAMEWORK.annotations.provenance;
    if (!declared) return new Map<string, Provenance>();
    const PROVENANCE_FILE = `content/${declared}`;
    // The collection exists only when the framework declares the file (src/content.config.ts).
    const [entries, publications] = await Promise.all([getCollection('provenance' as never) as Promise<{ id: string; data: Provenance }[]>, getPublications()]);
    const provenance = new Map<string, Provenance>(entries.map((entry) => [entry.id, entry.data]));
    const messages = STRICT_BIBLIOGRAPHIES.flatMap((bibliography) =>
      checkProvenance(
        provenance,
        publications.filter((record) => record.file === bibliography).map((record) => ({ key: record.key, fields: record.fields.map((field) => field.name) })),
        { provenance: PROVENANCE_FILE, bibliography },
      ),
    );
    if (messages.length > 0) throw new Error(`The provenance of the records has ${messages.length} problem(s):\n${messages.map((message) => `  - ${message}`).join('\n')}`);
    return provenance;
  })();
  return cached;
}

/** A record's provenance and the note to show beside its reference (undefined when it is complete). */
export async function getRecordProvenance(key: string): Promise<{ provenance?: Provenance; note?: string }> {
  const provenance = (await getProvenance()).get(key);
  return { provenance, note: provenance ? describeUnverified(provenance.unverified) : undefined };
}

/** Keys of the records that lack a part of their reference, for the note beside each listed reference. */
export async function getIncompleteKeys(): Promise<Set<string>> {
  const provenance = await getProvenance();
  return new Set([...provenance].filter(([, entry]) => isIncomplete(entry.unverified)).map(([key]) => key));
}

/** The caveat each incomplete record carries into its exports, keyed by citation key. */
export async function getExportCaveats(): Promise<Map<string, string>> {
  const caveats = new Map<string, string>();
  for (const [key, entry] of await getProvenance()) {
    const caveat = exportCaveat(key, entry.unverified);
    if (caveat) caveats.set(key, caveat);
  }
  return caveats;
}
