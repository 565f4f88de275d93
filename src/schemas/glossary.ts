import { z } from 'astro/zod';

/** The glossary, relative to the project. */
export const GLOSSARY_FILE = 'content/glossary.yaml';

/** One term of content/glossary.yaml. */
export const GlossaryTermSchema = z
  .object({
    /** Stable, lower case with hyphens: the entry's address (/glossary/#id). */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'write the id in lower case with hyphens (cluster-randomised-trial)' }),
    /** The term as the glossary heads it. */
    term: z.string().min(2),
    /** Other spellings as they occur in the prose (plurals, abbreviations). */
    aliases: z.array(z.string().min(2)).default([]),
    /** One or two sentences of plain English, in our own words. */
    definition: z
      .string()
      .min(20)
      .refine((text) => text.split(/\s+/).length <= 60, { error: 'keep the definition to one or two sentences (at most 60 words)' }),
    /** Citation keys of publications that support the definition. */
    cite: z.array(z.string()).default([]),
    /** A public record that supports it, where no publication does (or as well). */
    source: z.object({ title: z.string().min(1), url: z.url() }).optional(),
    /** What in the source supports the definition (for editors; not shown). */
    checked: z.string().min(1),
  })
  .refine((term) => term.cite.length > 0 || term.source !== undefined, { error: 'name what supports the definition: cite (citation keys) or source ({ title, url })' });

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
