import { getCollection, type CollectionEntry } from 'astro:content';
import { checkAnnotations } from '../lib/taxonomy/check-annotations.ts';
import type { Annotation } from '../schemas/taxonomy.ts';
import { getPublications } from './publications.ts';

import { ANNOTATED_BIBLIOGRAPHY } from '../lib/bibtex/annotated-bibliography.ts';
const ANNOTATIONS_FILE = 'content/annotations/refocus.yaml';

const byOrder = <T extends { data: { order: number } }>(entries: T[]) => [...entries].sort((a, b) => a.data.order - b.data.order);

/** One taxonomy item in the form lists, tags and facets need. */
export interface TaxonomyItem {
  id: string;
  title: string;
  href: string;
}

export interface Taxonomy {
  stages: CollectionEntry<'stages'>[];
  chime: CollectionEntry<'chime'>[];
  components: CollectionEntry<'components'>[];
  practices: CollectionEntry<'practices'>[];
  studyTypes: CollectionEntry<'studyTypes'>[];
  annotations: Map<string, Annotation>;
}

let cached: Promise<Taxonomy> | undefined;

/**
 * The taxonomy and the annotations, checked against each other and against the bibliography once
 * per build; any unknown id, unknown key or missing annotation fails the build with every problem listed.
 */
export function getTaxonomy(): Promise<Taxonomy> {
  cached ??= (async () => {
    const [stages, chime, components, practices, studyTypes, annotationEntries, publications] = await Promise.all([
      getCollection('stages'), getCollection('chime'), getCollection('components'), getCollection('practices'),
      getCollection('studyTypes'), getCollection('annotations'), getPublications(),
    ]);
    const annotations = new Map(annotationEntries.map((entry) => [entry.id, entry.data]));
    const ids = (entries: { id: string }[]) => new Set(entries.map((entry) => entry.id));
    const messages = checkAnnotations({
      annotations,
      annotationsFile: ANNOTATIONS_FILE,
      taxonomy: { stages: ids(stages), chime: ids(chime), components: ids(components), practices: ids(practices), studyTypes: ids(studyTypes) },
      publicationKeys: new Set(publications.map((record) => record.key)),
      mustBeAnnotated: publications.filter((record) => record.file === ANNOTATED_BIBLIOGRAPHY).map((record) => ({ key: record.key, file: record.file })),
    });
    for (const practice of practices) {
      for (const component of practice.data.components) {
        if (!components.some((entry) => entry.id === component)) messages.push(`content/taxonomy/practices/${practice.id}.mdx: unknown best-practice component "${component}". Fix: use one of ${components.map((entry) => entry.id).join(', ')}.`);
      }
    }
    if (messages.length > 0) throw new Error(`The taxonomy and annotations have ${messages.length} problem(s):\n${messages.map((message) => `  - ${message}`).join('\n')}`);
    return { stages: byOrder(stages), chime: byOrder(chime), components: byOrder(components), practices: byOrder(practices), studyTypes, annotations };
  })();
  return cached;
}

/** Where each kind of taxonomy item is published. */
export const TAXONOMY_ROUTES = {
  stages: '/evidence/',
  chime: '/chime/',
  components: '/best-practice/',
  practices: '/intervention/',
  studyTypes: '/publications/type/',
} as const;

/** The items of one dimension as {id, title, href}, in order. */
export function listItems(taxonomy: Taxonomy, dimension: keyof typeof TAXONOMY_ROUTES): TaxonomyItem[] {
  const entries = taxonomy[dimension] as { id: string; data: { title: string; shortTitle?: string } }[];
  return entries.map((entry) => ({ id: entry.id, title: entry.data.title, href: `${TAXONOMY_ROUTES[dimension]}${entry.id}/` }));
}

/** The annotation dimensions a publication can be tagged with. */
export type TagDimension = 'stages' | 'chime' | 'components' | 'practices';

/** Publications whose annotation names this taxonomy item, newest first. */
export async function getPublicationsTagged(dimension: TagDimension | 'studyTypes', id: string) {
  const [taxonomy, publications] = await Promise.all([getTaxonomy(), getPublications()]);
  return publications.filter((record) => {
    const annotation = taxonomy.annotations.get(record.key);
    if (!annotation) return false;
    return dimension === 'studyTypes' ? annotation.studyType === id : annotation[dimension].includes(id);
  });
}

/** A publication's tags as linked items, per dimension, for its page and for search facets. */
export async function getPublicationTags(key: string) {
  const taxonomy = await getTaxonomy();
  const annotation = taxonomy.annotations.get(key);
  if (!annotation) return undefined;
  const pick = (dimension: TagDimension, ids: string[]) => listItems(taxonomy, dimension).filter((item) => ids.includes(item.id));
  const studyType = listItems(taxonomy, 'studyTypes').find((item) => item.id === annotation.studyType);
  return {
    summary: annotation.summary,
    stages: pick('stages', annotation.stages),
    chime: pick('chime', annotation.chime),
    components: pick('components', annotation.components),
    practices: pick('practices', annotation.practices),
    studyType,
  };
}
