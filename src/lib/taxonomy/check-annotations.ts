import type { Annotation } from '../../schemas/taxonomy.ts';

/** One annotation field and the ids it may hold, as the messages describe it. */
export interface AnnotatedField {
  /** The annotation key (`stages`). */
  field: string;
  /** What one id names, inside a sentence (`MRC stage`). */
  noun: string;
  /** Where the allowed ids come from (`files in content/taxonomy/stages/`). */
  source: string;
  ids: Set<string>;
}

const idsOf = (annotation: Annotation, field: string): string[] => {
  const value = annotation[field];
  return Array.isArray(value) ? value : [];
};

/**
 * Checks the annotations against the framework and the bibliography: every id must name an
 * existing item of its dimension, every annotated key must be a publication, and every publication
 * that must be annotated is. Returns one message per problem, naming the file, the key, the ids
 * allowed and the fix.
 */
export function checkAnnotations(options: {
  annotations: Map<string, Annotation>;
  annotationsFile: string;
  /** The list-valued fields, one per dimension, in the framework's order. */
  dimensions: AnnotatedField[];
  /** The single-valued study type field. */
  studyType: AnnotatedField;
  publicationKeys: Set<string>;
  mustBeAnnotated: { key: string; file: string }[];
}): string[] {
  const { annotations, annotationsFile, dimensions, studyType, publicationKeys } = options;
  const messages: string[] = [];
  const allowed = (field: AnnotatedField) => `Fix: use one of ${[...field.ids].sort().join(', ')} (${field.source}).`;
  for (const [key, annotation] of annotations) {
    if (!publicationKeys.has(key)) {
      messages.push(`${annotationsFile}: "${key}" annotates a publication that is not in references/. Fix: correct the key or add the entry to a .bib file.`);
    }
    for (const dimension of dimensions) {
      for (const id of idsOf(annotation, dimension.field)) {
        if (!dimension.ids.has(id)) messages.push(`${annotationsFile}: "${key}" names the unknown ${dimension.noun} "${id}". ${allowed(dimension)}`);
      }
    }
    const type = String(annotation[studyType.field]);
    if (!studyType.ids.has(type)) messages.push(`${annotationsFile}: "${key}" names the unknown ${studyType.noun} "${type}". ${allowed(studyType)}`);
  }
  const fields = [...dimensions.map((dimension) => dimension.field), studyType.field].join(', ');
  for (const { key, file } of options.mustBeAnnotated) {
    if (!annotations.has(key)) {
      messages.push(`${file}: the publication "${key}" has no annotation. Fix: add "${key}:" with its ${fields} and summary to ${annotationsFile}.`);
    }
  }
  return messages;
}

/**
 * Checks a `references` field of a dimension's items: every id it names must be an item of the
 * referenced dimension. One message per unknown id, naming the item's file and the ids allowed.
 */
export function checkItemReferences(items: { file: string; ids: string[] }[], field: string, target: AnnotatedField): string[] {
  return items.flatMap((item) =>
    item.ids
      .filter((id) => !target.ids.has(id))
      .map((id) => `${item.file}: ${field} names the unknown ${target.noun} "${id}". Fix: use one of ${[...target.ids].sort().join(', ')} (${target.source}).`),
  );
}
