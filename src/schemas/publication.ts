import { z } from 'astro/zod';

/** A BibTeX field as written in references/, macros expanded and LaTeX kept. */
export const BibtexFieldSchema = z.object({
  /** Field name, lower case. */
  name: z.string(),
  /** Value as BibTeX sees it, with protective braces and LaTeX commands. */
  value: z.string(),
  /** The month macro (`jan` … `dec`) the value was written as, if any. */
  monthMacro: z.string().optional(),
  /** 1-based line of the field in its file. */
  line: z.number(),
});

/** Something in a .bib file that was read leniently or could not be shown as written. */
export const BibliographyWarningSchema = z.object({
  /** The .bib file, relative to the project. */
  file: z.string(),
  /** 1-based line of the entry or field concerned. */
  line: z.number(),
  /** Citation key of the entry concerned. */
  key: z.string().optional(),
  /** What is there, and how it is shown. */
  message: z.string(),
  /** What the author could change. */
  fix: z.string(),
});

/** A name in CSL-JSON form. */
const CslNameSchema = z
  .object({
    family: z.string().optional(),
    given: z.string().optional(),
    literal: z.string().optional(),
  })
  .loose();

/** A reference formatted by citeproc: escaped HTML for pages, plain text for the clipboard. */
const FormattedSchema = z.object({ html: z.string(), text: z.string() });

/** One publication from references/*.bib. */
export const PublicationSchema = z.object({
  /** The citation key; also the entry's id and its URL segment. */
  key: z.string(),
  /** BibTeX entry type, lower case. */
  entryType: z.string(),
  /** Fields as written, for the BibTeX export. */
  fields: z.array(BibtexFieldSchema),
  /** The CSL-JSON item made by citation-js, for display, formatting, RIS and CSL-JSON export. */
  csl: z
    .object({
      id: z.string(),
      type: z.string(),
      /** Absent for a work without a title (allowed outside the annotated bibliography, with a warning). */
      title: z.string().optional(),
      author: z.array(CslNameSchema).optional(),
      editor: z.array(CslNameSchema).optional(),
    })
    .loose(),
  /** The reference formatted in each style the site offers (APA 7, Vancouver, Harvard), as HTML and text. */
  references: z.object({ apa: FormattedSchema, vancouver: FormattedSchema, harvard: FormattedSchema }),
  /** What the references were formatted from (the item and the formatting code), so an unchanged entry is not formatted again. */
  formatKey: z.string(),
  /** True when the BibTeX author list ended in `and others`. */
  authorsTruncated: z.boolean(),
  /** The .bib file the entry is in, relative to the project. */
  file: z.string(),
  /** 1-based line where the entry starts. */
  line: z.number(),
  /** What was read leniently or shown differently from the source, for the data-quality page. */
  warnings: z.array(BibliographyWarningSchema),
});

export type Publication = z.output<typeof PublicationSchema>;
export type BibliographyWarning = z.output<typeof BibliographyWarningSchema>;
