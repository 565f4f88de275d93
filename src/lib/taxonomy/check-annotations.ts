import type { Annotation } from '../../schemas/taxonomy.ts';

/** The ids each taxonomy dimension knows. */
export interface TaxonomyIds {
  stages: Set<string>;
  chime: Set<string>;
  components: Set<string>;
  practices: Set<string>;
  studyTypes: Set<string>;
}

const DIMENSIONS = [
  ['stages', 'MRC stage', 'content/taxonomy/stages/'],
  ['chime', 'CHIME process', 'content/taxonomy/chime/'],
  ['components', 'best-practice component', 'content/taxonomy/components/'],
  ['practices', 'intervention part', 'content/taxonomy/practices/'],
] as const;

/**
 * Checks the annotations against the taxonomy and the bibliography: every id must name an
 * existing taxonomy item, every annotated key must be a publication, and every publication that
 * must be annotated is. Returns one message per problem, naming the file, the key and the fix.
 */
export function checkAnnotations(options: {
  annotations: Map<string, Annotation>;
  annotationsFile: string;
  taxonomy: TaxonomyIds;
  publicationKeys: Set<string>;
  mustBeAnnotated: { key: string; file: string }[];
}): string[] {
  const { annotations, annotationsFile, taxonomy, publicationKeys } = options;
  const messages: string[] = [];
  for (const [key, annotation] of annotations) {
    if (!publicationKeys.has(key)) {
      messages.push(`${annotationsFile}: "${key}" annotates a publication that is not in references/. Fix: correct the key or add the entry to a .bib file.`);
    }
    for (const [dimension, noun, folder] of DIMENSIONS) {
      for (const id of annotation[dimension]) {
        if (!taxonomy[dimension].has(id)) {
          messages.push(`${annotationsFile}: "${key}" names the unknown ${noun} "${id}". Fix: use one of ${[...taxonomy[dimension]].sort().join(', ')} (files in ${folder}).`);
        }
      }
    }
    if (!taxonomy.studyTypes.has(annotation.studyType)) {
      messages.push(`${annotationsFile}: "${key}" names the unknown study type "${annotation.studyType}". Fix: use one of ${[...taxonomy.studyTypes].sort().join(', ')} (content/taxonomy/study-types.yaml).`);
    }
  }
  for (const { key, file } of options.mustBeAnnotated) {
    if (!annotations.has(key)) {
      messages.push(`${file}: the publication "${key}" has no annotation. Fix: add "${key}:" with its stages, chime, components, practices, studyType and summary to ${annotationsFile}.`);
    }
  }
  return messages;
}
