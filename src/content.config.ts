import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { bibtexLoader } from './loaders/bibtex-loader.ts';
import { FRAMEWORK, STRICT_BIBLIOGRAPHIES } from './queries/framework.ts';
import { annotationSchemaFor, itemSchemaFor, ManualChapterSchema, ManualEditionSchema, PageSchema, StudyTypeSchema, UnrecoveredLinkSchema } from './schemas/taxonomy.ts';
import { ProvenanceSchema } from './schemas/provenance.ts';
import { CHANGES_FILE, ChangeSchema } from './schemas/changes.ts';

/** Every entry of every references/*.bib file, keyed by citation key. */
const publications = defineCollection({ loader: bibtexLoader({ directory: 'references', strictFiles: STRICT_BIBLIOGRAPHIES }) });

const mdx = (folder: string) => glob({ pattern: '*.mdx', base: `./content/${folder}` });

/** One collection per dimension of the framework (content/framework.yaml), named by its id. */
const dimensions = Object.fromEntries(
  FRAMEWORK.dimensions.map((dimension) => [dimension.id, defineCollection({ loader: mdx(dimension.folder), schema: itemSchemaFor(dimension) })]),
);
/** Study types, from one YAML file. */
const studyTypes = defineCollection({ loader: file(`./content/${FRAMEWORK.studyTypes.file}`), schema: StudyTypeSchema });
/** The site's annotation of each publication, keyed by citation key. */
const annotations = defineCollection({ loader: file(`./content/${FRAMEWORK.annotations.file}`), schema: annotationSchemaFor(FRAMEWORK) });
/** Where each record of the annotated bibliography was checked, and what could not be (shown on its page and /about/data/). */
const provenance = FRAMEWORK.annotations.provenance
  ? { provenance: defineCollection({ loader: file(`./content/${FRAMEWORK.annotations.provenance}`), schema: ProvenanceSchema }) }
  : {};
/** Links of the source page whose target could not be recovered (shown on /about/data/). */
const unrecovered = defineCollection({ loader: file('./content/data/unrecovered.yaml'), schema: UnrecoveredLinkSchema });
/** Chapters of the site's summary of the manual. */
const manual = defineCollection({ loader: mdx('manual'), schema: ManualChapterSchema });
/** The manual summary's edition (version and date). */
const manualEdition = defineCollection({ loader: file('./content/manual/edition.yaml'), schema: ManualEditionSchema });
/** What changed in the evidence base and on the site, one entry per change (/changes/, /changes.atom). */
// The changelog is optional: without the file the collection is empty (and /changes/ says so).
const changes = defineCollection({
  loader: existsSync(CHANGES_FILE) ? file(`./${CHANGES_FILE}`) : { name: 'no-changelog', load: async ({ store }) => store.clear() },
  schema: ChangeSchema,
});
/** Free-standing pages (home, about, …). */
const pages = defineCollection({ loader: mdx('pages'), schema: PageSchema });

export const collections = { publications, ...dimensions, studyTypes, annotations, ...provenance, unrecovered, manual, manualEdition, changes, pages };
