import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { bibtexLoader } from './loaders/bibtex-loader.ts';
import { AnnotationSchema, ComponentSchema, ManualChapterSchema, ManualEditionSchema, PageSchema, PracticeSchema, StageSchema, StudyTypeSchema, TaxonomyPageSchema, UnrecoveredLinkSchema, UnverifiedRecordSchema } from './schemas/taxonomy.ts';

/** Every entry of every references/*.bib file, keyed by citation key. */
const publications = defineCollection({ loader: bibtexLoader({ directory: 'references' }) });

const mdx = (folder: string) => glob({ pattern: '*.mdx', base: `./content/${folder}` });

/** The MRC framework stages, each with its evidence story. */
const stages = defineCollection({ loader: mdx('taxonomy/stages'), schema: StageSchema });
/** The five CHIME recovery processes. */
const chime = defineCollection({ loader: mdx('taxonomy/chime'), schema: TaxonomyPageSchema });
/** The four components of best practice in supporting recovery. */
const components = defineCollection({ loader: mdx('taxonomy/components'), schema: ComponentSchema });
/** The parts of the REFOCUS intervention: coaching and the three working practices. */
const practices = defineCollection({ loader: mdx('taxonomy/practices'), schema: PracticeSchema });
/** Study types, from one YAML file. */
const studyTypes = defineCollection({ loader: file('./content/taxonomy/study-types.yaml'), schema: StudyTypeSchema });
/** The site's annotation of each publication, keyed by citation key. */
const annotations = defineCollection({ loader: file('./content/annotations/refocus.yaml'), schema: AnnotationSchema });
/** Records whose fields could not all be verified, keyed by citation key (shown on /about/data/). */
const unverified = defineCollection({ loader: file('./content/data/unverified.yaml'), schema: UnverifiedRecordSchema });
/** Links of the source page whose target could not be recovered (shown on /about/data/). */
const unrecovered = defineCollection({ loader: file('./content/data/unrecovered.yaml'), schema: UnrecoveredLinkSchema });
/** Chapters of the site's summary of the REFOCUS manual. */
const manual = defineCollection({ loader: mdx('manual'), schema: ManualChapterSchema });
/** The manual summary's edition (version and date). */
const manualEdition = defineCollection({ loader: file('./content/manual/edition.yaml'), schema: ManualEditionSchema });
/** Free-standing pages (home, about, …). */
const pages = defineCollection({ loader: mdx('pages'), schema: PageSchema });

export const collections = { publications, stages, chime, components, practices, studyTypes, annotations, unverified, unrecovered, manual, manualEdition, pages };
