import { getCollection } from 'astro:content';
import { addYearSuffix, compareApaReferences } from '../lib/csl/apa-reference-list.ts';
import { assignCitationLabels, yearOf, type CitationLabel } from '../lib/csl/citation-labels.ts';
import type { CslItem } from '../lib/csl/csl-item.ts';
import { crossrefClosure } from '../lib/export/crossref-closure.ts';
import type { Publication } from '../schemas/publication.ts';

/** A publication with its CSL item typed and its site-wide in-text label. */
export interface PublicationRecord extends Publication {
  item: CslItem;
  /** The APA 7 in-text label, the same on every page ("Slade, Bird, et al., 2015"). */
  citationLabel: string;
}

let labels: Map<string, CitationLabel> = new Map();

let cached: Promise<PublicationRecord[]> | undefined;
let selectWithParents: ((keys: string[]) => PublicationRecord[]) | undefined;

/** Every publication, newest first, then by label; read once per build. */
export function getPublications(): Promise<PublicationRecord[]> {
  cached ??= (async () => {
    const entries = await getCollection('publications');
    const items = entries.map((entry) => entry.data.csl as CslItem);
    labels = assignCitationLabels(items);
    const records = entries.map((entry) => {
      const item = entry.data.csl as CslItem;
      const { label, yearSuffix } = labels.get(entry.data.key) ?? { label: entry.data.key, yearSuffix: '' };
      // The reference lists show the same year letters as the in-text labels (APA and Harvard use them).
      const { apa, harvard, vancouver } = entry.data.references;
      const references = { apa: addYearSuffix(apa, yearOf(item), yearSuffix), harvard: addYearSuffix(harvard, yearOf(item), yearSuffix), vancouver };
      return { ...entry.data, references, item, citationLabel: label };
    });
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

/** Orders publications as an APA 7 reference list (for the reference lists on prose pages). */
export function compareAsReferenceList(a: PublicationRecord, b: PublicationRecord): number {
  return compareApaReferences(a.item, b.item, labels);
}
