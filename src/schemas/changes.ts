import { z } from 'astro/zod';

/** The changelog, relative to the project. */
export const CHANGES_FILE = 'content/changes.yaml';

/**
 * The kinds of change the changelog records, in the order the filters list them: a publication
 * added to the evidence base, a record or annotation corrected, a publication withdrawn (retracted
 * by its journal, or taken out of the evidence base), a change to the site's pages or features.
 */
export const CHANGE_KINDS = {
  added: { label: 'Added', plural: 'Additions', description: 'publications added to the evidence base' },
  corrected: { label: 'Corrected', plural: 'Corrections', description: 'records, annotations or pages corrected' },
  retracted: { label: 'Retracted', plural: 'Retractions', description: 'publications retracted or withdrawn from the evidence base' },
  site: { label: 'Site', plural: 'Site changes', description: 'changes to the site’s pages and features' },
} as const;

export type ChangeKind = keyof typeof CHANGE_KINDS;
const KIND_IDS = Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]];

/** One entry of content/changes.yaml. */
export const ChangeSchema = z.object({
  /** Stable and unique: the entry's anchor on /changes/ and part of its Atom id. Never rename one that is published. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'write the id in lower case with hyphens (2026-12-01-records-checked)' }),
  /** The day the change was made, YYYY-MM-DD. */
  date: z.coerce.date({ error: 'write `date: YYYY-MM-DD`, the day the change was made' }),
  kind: z.enum(KIND_IDS, { error: `write one of ${KIND_IDS.join(', ')}` }),
  /** A short heading, also the feed entry's title. */
  title: z.string().min(5),
  /** What changed and why, in a sentence or two of plain English. */
  summary: z.string().min(20),
  /** Citation keys of the publications concerned. */
  publications: z.array(z.string()).default([]),
  /** Site paths of the pages concerned (`/evidence/theory/`). */
  pages: z.array(z.string().regex(/^\/([^?#\s]*\/)?$/, { error: 'write a site path that starts and ends with "/" (/evidence/theory/)' })).default([]),
});

export type Change = z.output<typeof ChangeSchema>;
