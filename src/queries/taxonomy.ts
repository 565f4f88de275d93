import { getCollection, type CollectionKey } from 'astro:content';
import { inSentence } from '../lib/framework/labels.ts';
import { checkAnnotations, checkItemReferences, type AnnotatedField } from '../lib/taxonomy/check-annotations.ts';
import type { Dimension } from '../schemas/framework.ts';
import type { Annotation } from '../schemas/taxonomy.ts';
import { FRAMEWORK, FRAMEWORK_FILE, getDimension, itemHref } from './framework.ts';
import { getPublications } from './publications.ts';

/** An item of a dimension: an MDX page with the frontmatter its dimension declares. */
export interface TaxonomyEntry {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: { title: string; description: string; reviewed: Date; order: number; summary: string } & Record<string, unknown>;
}

/** One taxonomy item in the form lists, tags and facets need. */
export interface TaxonomyItem {
  id: string;
  title: string;
  href: string;
}

/** The framework's items and the annotations, checked against each other. */
export interface Taxonomy {
  /** Each dimension's items in their order, by dimension id. */
  items: Map<string, TaxonomyEntry[]>;
  studyTypes: { id: string; data: { title: string; description: string } }[];
  annotations: Map<string, Annotation>;
}

const byOrder = (entries: TaxonomyEntry[]) => [...entries].sort((a, b) => a.data.order - b.data.order);

/** The ids a dimension's annotation field holds, as the messages describe them. */
const annotatedField = (dimension: Dimension, entries: TaxonomyEntry[]): AnnotatedField => ({
  field: dimension.annotationField,
  noun: inSentence(dimension.labels.singular),
  source: `files in content/${dimension.folder}/`,
  ids: new Set(entries.map((entry) => entry.id)),
});

let cached: Promise<Taxonomy> | undefined;

/**
 * The framework's items and the annotations, checked against each other and against the bibliography
 * once per build; any unknown id, unknown key or missing annotation fails the build with every
 * problem listed. So do the ids an item's `references` fields name.
 */
export function getTaxonomy(): Promise<Taxonomy> {
  cached ??= (async () => {
    const [dimensionEntries, studyTypes, annotationEntries, publications] = await Promise.all([
      Promise.all(FRAMEWORK.dimensions.map(async (dimension) => byOrder((await getCollection(dimension.id as CollectionKey)) as unknown as TaxonomyEntry[]))),
      getCollection('studyTypes'),
      getCollection('annotations'),
      getPublications(),
    ]);
    const items = new Map(FRAMEWORK.dimensions.map((dimension, index) => [dimension.id, dimensionEntries[index] ?? []]));
    const fieldOf = (dimension: Dimension) => annotatedField(dimension, items.get(dimension.id) ?? []);
    const annotations = new Map(annotationEntries.map((entry) => [entry.id, entry.data as Annotation]));
    const { annotations: annotationsDeclaration, studyTypes: studyTypesDeclaration } = FRAMEWORK;
    const messages = checkAnnotations({
      annotations,
      annotationsFile: `content/${annotationsDeclaration.file}`,
      dimensions: FRAMEWORK.dimensions.map(fieldOf),
      studyType: {
        field: studyTypesDeclaration.annotationField,
        noun: inSentence(studyTypesDeclaration.label),
        source: `content/${studyTypesDeclaration.file}`,
        ids: new Set(studyTypes.map((entry) => entry.id)),
      },
      publicationKeys: new Set(publications.map((record) => record.key)),
      mustBeAnnotated: publications.filter((record) => record.file === annotationsDeclaration.required).map((record) => ({ key: record.key, file: record.file })),
    });
    for (const dimension of FRAMEWORK.dimensions) {
      for (const [name, field] of Object.entries(dimension.fields)) {
        if (field.type !== 'references') continue;
        const entries = (items.get(dimension.id) ?? []).map((entry) => ({
          file: entry.filePath ?? `content/${dimension.folder}/${entry.id}.mdx`,
          ids: entry.data[name] as string[],
        }));
        messages.push(...checkItemReferences(entries, name, fieldOf(getDimension(field.dimension))));
      }
    }
    if (messages.length > 0)
      throw new Error(`The taxonomy and annotations have ${messages.length} problem(s) (framework: ${FRAMEWORK_FILE}):\n${messages.map((message) => `  - ${message}`).join('\n')}`);
    return { items, studyTypes, annotations };
  })();
  return cached;
}

/** The items of one dimension, in order. */
export function itemsOf(taxonomy: Taxonomy, dimension: Dimension): TaxonomyEntry[] {
  return taxonomy.items.get(dimension.id) ?? [];
}

/** The items of one dimension as {id, title, href}, in order. */
export function listItems(taxonomy: Taxonomy, dimension: Dimension): TaxonomyItem[] {
  return itemsOf(taxonomy, dimension).map((entry) => ({ id: entry.id, title: entry.data.title, href: itemHref(dimension, entry.id) }));
}

/** The study types as {id, title, href}, in the order of their file. */
export function listStudyTypes(taxonomy: Taxonomy): TaxonomyItem[] {
  return taxonomy.studyTypes.map((entry) => ({ id: entry.id, title: entry.data.title, href: `/publications/type/${entry.id}/` }));
}

/** The ids of a dimension's items an annotation names (empty without an annotation). */
export function tagsOf(annotation: Annotation | undefined, dimension: Dimension): string[] {
  const value = annotation?.[dimension.annotationField];
  return Array.isArray(value) ? value : [];
}

/** The study type id an annotation names. */
export function studyTypeOf(annotation: Annotation | undefined): string | undefined {
  const value = annotation?.[FRAMEWORK.studyTypes.annotationField];
  return typeof value === 'string' ? value : undefined;
}

/** Publications whose annotation names this item of a dimension (or this study type), newest first. */
export async function getPublicationsTagged(dimension: Dimension | 'studyTypes', id: string) {
  const [taxonomy, publications] = await Promise.all([getTaxonomy(), getPublications()]);
  return publications.filter((record) => {
    const annotation = taxonomy.annotations.get(record.key);
    if (!annotation) return false;
    return dimension === 'studyTypes' ? studyTypeOf(annotation) === id : tagsOf(annotation, dimension).includes(id);
  });
}

/** A publication's tags as linked items, dimension by dimension, for its page and for search. */
export async function getPublicationTags(key: string) {
  const taxonomy = await getTaxonomy();
  const annotation = taxonomy.annotations.get(key);
  if (!annotation) return undefined;
  const studyType = listStudyTypes(taxonomy).find((item) => item.id === studyTypeOf(annotation));
  return {
    summary: annotation.summary,
    dimensions: FRAMEWORK.dimensions.map((dimension) => ({ dimension, items: listItems(taxonomy, dimension).filter((item) => tagsOf(annotation, dimension).includes(item.id)) })),
    studyType,
  };
}
