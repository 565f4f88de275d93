import type { CslItem, CslName } from '../csl/csl-item.ts';
import { familyWithParticles, givenWithSuffix, isOrganisation } from './export-names.ts';

/** Fields citation-js keeps for itself, which are not CSL variables. */
const INTERNAL_FIELDS = new Set(['_graph', '_label']);

/**
 * A name as Zotero's CSL JSON import reads it, which ignores particle and suffix fields: particles
 * in the family name, the suffix after the given name ("John, Jr."), an organisation as a literal.
 * citeproc-js and pandoc parse particles and suffixes out of these forms again.
 */
function portableName(name: CslName): CslName {
  if (isOrganisation(name)) return { literal: familyWithParticles(name) };
  return { family: familyWithParticles(name), given: givenWithSuffix(name) };
}

/** `note` with the PubMed ids added as "PMID: …" lines, which Zotero files in Extra. */
function noteWithIdentifiers(item: CslItem): string | undefined {
  const lines = [item.note, item.PMID ? `PMID: ${item.PMID}` : undefined, item.PMCID ? `PMCID: ${item.PMCID}` : undefined].filter(Boolean);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** Writes items as a CSL-JSON array (what Zotero, pandoc and citeproc read), with `citation-key` set. */
export function formatCslJson(items: CslItem[]): string {
  const clean = items.map((item) => {
    const entries = Object.entries(item).filter(([name]) => !INTERNAL_FIELDS.has(name));
    const written: Record<string, unknown> = { ...Object.fromEntries(entries), 'citation-key': item.id };
    for (const role of ['author', 'editor'] as const) if (item[role]) written[role] = item[role]?.map(portableName);
    const note = noteWithIdentifiers(item);
    if (note) written.note = note;
    return written;
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
