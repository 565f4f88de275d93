import { z } from 'astro/zod';
import type { Dimension, FieldDeclaration, Framework } from './framework.ts';

/** Frontmatter every prose page has. */
export const PageSchema = z.object({
  /** The page's heading and <title>. */
  title: z.string().min(1),
  /** One sentence for search engines and link previews (under 160 characters). */
  description: z.string().min(1).max(200),
  /** The section the page sits under, shown as its breadcrumb (e.g. { href: /intervention/, label: Intervention }). */
  parent: z.object({ href: z.string().startsWith('/'), label: z.string().min(1) }).optional(),
  /** The date the page was last checked against the publications it cites, YYYY-MM-DD: shown at its end, and the sitemap's lastmod. */
  reviewed: z.coerce.date({ error: 'write `reviewed: YYYY-MM-DD`, the date the page was last checked against the publications it cites' }),
});

/** A taxonomy item written as an MDX page: it also has an order and a one-line summary. */
export const TaxonomyPageSchema = PageSchema.extend({
  /** Position among its siblings, from 1. */
  order: z.number().int().positive(),
  /** One sentence, shown in lists and on the evidence map. */
  summary: z.string().min(1),
});

/** The frontmatter schema of one field a dimension's items carry (content/framework.yaml `fields`). */
function fieldSchema(field: FieldDeclaration) {
  switch (field.type) {
    case 'string':
      return z.string().min(1).describe(field.description);
    case 'boolean':
      return z.boolean().describe(field.description);
    case 'enum':
      return z.enum(field.values as [string, ...string[]]).describe(field.description);
    case 'references':
      return z.array(z.string()).min(1).describe(field.description);
  }
}

/** The frontmatter schema of a dimension's items: every taxonomy page's fields and the dimension's own. */
export function itemSchemaFor(dimension: Dimension) {
  return TaxonomyPageSchema.extend(Object.fromEntries(Object.entries(dimension.fields).map(([name, field]) => [name, fieldSchema(field)])));
}

/** A type of study (systematic review, trial, …). */
export const StudyTypeSchema = z.object({
  /** Name shown to readers. */
  title: z.string().min(1),
  /** What counts as this type. */
  description: z.string().min(1),
});

/**
 * The site's reading of one publication, kept apart from its bibliographic record: for each
 * dimension the ids of its items (empty when none applies), the id of its study type, and one
 * plain-English sentence on what it did and found.
 */
export function annotationSchemaFor(framework: Framework) {
  const tags = Object.fromEntries(
    framework.dimensions.map((dimension) => [dimension.annotationField, z.array(z.string()).default([]).describe(`Ids of the ${dimension.labels.plural} it concerns.`)]),
  );
  return z.object({ ...tags, [framework.studyTypes.annotationField]: z.string(), summary: z.string().min(20) });
}

/** One publication's annotation: a list of ids per dimension's annotation field, the study type id, the summary. */
export type Annotation = { summary: string } & Record<string, string[] | string>;

/** A link of the source page whose target could not be recovered as a publication. */
export const UnrecoveredLinkSchema = z.object({
  /** The framework item (e.g. MRC stage) of the page the link was on. */
  stage: z.string(),
  /** The source sentence, paraphrased or quoted briefly. */
  context: z.string(),
  /** Why it is not in the bibliography. */
  reason: z.string(),
});

/** A chapter of the site's summary of the REFOCUS manual. */
/** A chapter of the manual summary: dated by the summary's edition (content/manual/edition.yaml), not by a review date of its own. */
export const ManualChapterSchema = TaxonomyPageSchema.omit({ reviewed: true });

/** The edition of the manual summary as a whole. */
export const ManualEditionSchema = z.object({
  /** Title of the whole manual summary. */
  title: z.string().min(1),
  /** Version, raised when a chapter changes in substance. */
  version: z.string().regex(/^\d+\.\d+$/, 'write the version as major.minor, e.g. "1.0"'),
  /** Release date of this version, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'),
  /** The official manual this summarises, named on the manual's index page; leave out when there is none. */
  official: z
    .object({
      /** As the sentence names it: "the REFOCUS manual, second edition". */
      title: z.string().min(1),
      /** Its citation key in references/. */
      cite: z.string().min(1),
    })
    .optional(),
});
