import { z } from 'astro/zod';

/** A stored public record a bibliographic record was compared with. */
export const ProvenanceSourceSchema = z.object({
  /** What the record is, for readers ("PubMed record 22130746", "Publisher's page"). */
  label: z.string().min(1),
  /** The address of the record that was read. */
  url: z.url(),
});

/** Where one record of the annotated bibliography was checked, and what could not be. */
export const ProvenanceSchema = z.object({
  /** The date of the check, YYYY-MM-DD. */
  checked: z.coerce.date(),
  /** The stored public records its fields were compared with. */
  sources: z.array(ProvenanceSourceSchema).min(1),
  /** BibTeX fields left out because no stored record showed them. */
  unverified: z.array(z.string()).default([]),
  /** What was and was not seen, in a sentence or two. */
  note: z.string().min(1).optional(),
});

export type Provenance = z.output<typeof ProvenanceSchema>;
