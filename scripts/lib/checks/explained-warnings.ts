import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Fields left out of each record because no public record shows them, from content/data/provenance.yaml. */
export function readUnverifiedFields(file = 'content/data/provenance.yaml'): Map<string, string[]> {
  const provenance = parse(readFileSync(file, 'utf8')) as Record<string, { unverified?: string[] }>;
  return new Map(Object.entries(provenance).map(([key, entry]) => [key, entry.unverified ?? []]));
}

/**
 * Whether a citation client's warning is about a field the record lacks on purpose: it names the entry
 * and a field its provenance lists as unverified ("empty author in leboutillier2011recovery"). Such a
 * warning is the honest result of leaving out what could not be checked, not an export defect.
 */
export function isExplainedByProvenance(line: string, unverified: Map<string, string[]>): boolean {
  for (const [key, fields] of unverified) {
    const at = line.indexOf(key);
    if (at < 0) continue;
    const rest = `${line.slice(0, at)} ${line.slice(at + key.length)}`;
    if (fields.some((field) => new RegExp(`\\b${field}\\b`).test(rest))) return true;
  }
  return false;
}
