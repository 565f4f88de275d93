const SAFE_KEY = /^[A-Za-z0-9.-]+$/;

/**
 * The URL segment (and file name) of a publication. Most citation keys are used as they are; a key
 * holding other characters (`smith:2010`, `müller2019`, `a_b`) has each of them written as `_` and its
 * code point in hex, so every key gets its own safe, reversible segment (`smith_3a_2010`).
 */
export function publicationSlug(key: string): string {
  if (SAFE_KEY.test(key)) return key;
  return [...key].map((char) => (/[A-Za-z0-9.-]/.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}_`)).join('');
}

/** The address of a publication's page. */
export function publicationHref(key: string): string {
  return `/publications/${publicationSlug(key)}/`;
}

/** The address of a publication's export file with this extension (one per format of src/lib/export/export-formats.ts). */
export function publicationExportHref(key: string, extension: string): string {
  return `/publications/${publicationSlug(key)}.${extension}`;
}
