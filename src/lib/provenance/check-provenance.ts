/** What the provenance check needs to know of one record of the annotated bibliography. */
export interface CheckedRecord {
  key: string;
  /** BibTeX field names the record has. */
  fields: string[];
}

/**
 * Cross-checks the provenance file against the annotated bibliography: every record has an entry, every
 * entry names a record, and a field said to be unverified is absent from the record (the site's rule is
 * to leave out what could not be checked, not to keep it with a flag). Returns one message per problem.
 */
export function checkProvenance(provenance: Map<string, { unverified: string[] }>, records: CheckedRecord[], files: { provenance: string; bibliography: string }): string[] {
  const messages: string[] = [];
  const keys = new Set(records.map((record) => record.key));
  for (const record of records) {
    const entry = provenance.get(record.key);
    if (!entry) {
      messages.push(`${files.provenance}: no entry for "${record.key}" (${files.bibliography}). Fix: add where its fields were checked (checked, sources, unverified).`);
      continue;
    }
    const kept = entry.unverified.filter((field) => record.fields.includes(field));
    if (kept.length > 0)
      messages.push(
        `${files.provenance} ("${record.key}"): ${kept.join(', ')} ${kept.length === 1 ? 'is' : 'are'} listed as unverified but present in ${files.bibliography}. Fix: remove the field from the record, or verify it and remove it from "unverified".`,
      );
  }
  for (const key of provenance.keys()) {
    if (!keys.has(key)) messages.push(`${files.provenance}: "${key}" is not a record of ${files.bibliography}. Fix: correct the key or remove the entry.`);
  }
  return messages;
}

/** Field names as readers know them, for notes beside a reference ("volume, pages and PubMed ID"). */
const FIELD_NAMES: Record<string, string> = {
  author: 'authors',
  number: 'issue',
  pages: 'pages or article number',
  pmid: 'PubMed ID',
  pmcid: 'PubMed Central ID',
  doi: 'DOI',
  volume: 'volume',
  year: 'year',
  month: 'month',
  publisher: 'publisher',
  address: 'place of publication',
};

/** Identifiers whose absence leaves the reference itself complete. */
const LOOKUP_IDENTIFIERS = new Set(['pmid', 'pmcid']);

/** Whether a record lacks a field its reference needs (not only a look-up identifier such as a PubMed ID). */
export function isIncomplete(unverified: string[]): boolean {
  return unverified.some((field) => !LOOKUP_IDENTIFIERS.has(field));
}

/**
 * The note shown (and exported) beside a record with unverified fields, or undefined for a complete one:
 * "Incomplete record: … volume and pages …" when the reference lacks something, a milder line when only
 * look-up identifiers are missing.
 */
export function describeUnverified(unverified: string[]): string | undefined {
  if (unverified.length === 0) return undefined;
  const names = unverified.map((field) => FIELD_NAMES[field] ?? field);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const verb = unverified.length === 1 ? 'it is' : 'they are';
  if (!isIncomplete(unverified)) return `No public record we could check shows its ${list}, so ${verb} left out; the reference itself is complete.`;
  return `Incomplete record: no public record we could check shows its ${list}, so ${verb} left out. Check the publication itself before citing.`;
}

/** The warning an incomplete record carries into its exports (undefined for a complete one, or one that lacks only look-up identifiers). */
export function exportCaveat(key: string, unverified: string[]): string | undefined {
  return isIncomplete(unverified) ? `${key}: ${describeUnverified(unverified)}` : undefined;
}

/**
 * The export caveats of a provenance file's records, read straight from its YAML text (the export
 * integration runs outside Astro's content layer; the build checks the same file in full through
 * src/queries/provenance.ts). Keyed by citation key.
 */
export function exportCaveatsOf(entries: Record<string, { unverified?: unknown } | null | undefined>): Map<string, string> {
  const caveats = new Map<string, string>();
  for (const [key, entry] of Object.entries(entries)) {
    const unverified = Array.isArray(entry?.unverified) ? entry.unverified.map(String) : [];
    const caveat = exportCaveat(key, unverified);
    if (caveat) caveats.set(key, caveat);
  }
  return caveats;
}
