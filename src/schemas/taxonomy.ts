import { z } from 'astro/zod';

/** Frontmatter every prose page has. */
export const PageSchema = z.object({
  /** The page's heading and <title>. */
  title: z.string().min(1),
  /** One sentence for search engines and link previews (under 160 characters). */
  description: z.string().min(1).max(200),
});

/** A taxonomy item written as an MDX page: it also has an order and a one-line summary. */
export const TaxonomyPageSchema = PageSchema.extend({
  /** Position among its siblings, from 1. */
  order: z.number().int().positive(),
  /** One sentence, shown in lists and on the evidence map. */
  summary: z.string().min(1),
});

/** An MRC framework stage (theory, model, intervention, learning). */
export const StageSchema = TaxonomyPageSchema.extend({
  /** A one-word name for tables and facets. */
  shortTitle: z.string().min(1),
});

/** A component of best practice in supporting recovery. */
export const ComponentSchema = TaxonomyPageSchema.extend({
  /** True for the components the REFOCUS intervention addresses. */
  addressedByRefocus: z.boolean(),
});

/** A part of the REFOCUS intervention. */
export const PracticeSchema = TaxonomyPageSchema.extend({
  /** The coaching-based relationships part, or one of the three working practices. */
  kind: z.enum(['relationships', 'working-practice']),
  /** Ids of the best-practice components this part serves. */
  components: z.array(z.string()).min(1),
});

/** A type of study (systematic review, trial, …). */
export const StudyTypeSchema = z.object({
  /** Name shown to readers. */
  title: z.string().min(1),
  /** What counts as this type. */
  description: z.string().min(1),
});

/** The site's reading of one publication, kept apart from its bibliographic record. */
export const AnnotationSchema = z.object({
  /** MRC stages whose story cites the publication. */
  stages: z.array(z.string()).default([]),
  /** CHIME processes the publication concerns; empty when it concerns none directly. */
  chime: z.array(z.string()).default([]),
  /** Best-practice components it concerns. */
  components: z.array(z.string()).default([]),
  /** Intervention parts (coaching and working practices) it concerns. */
  practices: z.array(z.string()).default([]),
  /** Id of its study type. */
  studyType: z.string(),
  /** One plain-English sentence on what it did and found. */
  summary: z.string().min(20),
});

export type Annotation = z.output<typeof AnnotationSchema>;

/** A bibliographic record some of whose fields could not be checked against a stored public record. */
export const UnverifiedRecordSchema = z.object({
  /** BibTeX field names left out or not confirmed. */
  fields: z.array(z.string()).min(1),
  /** What was and was not seen. */
  note: z.string().min(1),
});

/** A link of the source page whose target could not be recovered as a publication. */
export const UnrecoveredLinkSchema = z.object({
  /** MRC stage of the page the link was on. */
  stage: z.string(),
  /** The source sentence, paraphrased or quoted briefly. */
  context: z.string(),
  /** Why it is not in the bibliography. */
  reason: z.string(),
});

/** A chapter of the site's summary of the REFOCUS manual. */
export const ManualChapterSchema = TaxonomyPageSchema;

/** The edition of the manual summary as a whole. */
export const ManualEditionSchema = z.object({
  /** Title of the whole manual summary. */
  title: z.string().min(1),
  /** Version, raised when a chapter changes in substance. */
  version: z.string().regex(/^\d+\.\d+$/, 'write the version as major.minor, e.g. "1.0"'),
  /** Release date of this version, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'),
});
