import type { BibliographyWarning } from '../schemas/publication.ts';
import { getPublications } from './publications.ts';

/** The warnings of one .bib file, in line order. */
export interface FileWarnings {
  file: string;
  warnings: BibliographyWarning[];
}

/** Every bibliography warning the loader recorded, grouped by file (files and lines in order). */
export async function getBibliographyWarnings(): Promise<FileWarnings[]> {
  const byFile = new Map<string, BibliographyWarning[]>();
  for (const publication of await getPublications()) {
    for (const warning of publication.warnings) byFile.set(warning.file, [...(byFile.get(warning.file) ?? []), warning]);
  }
  return [...byFile]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, warnings]) => ({ file, warnings: warnings.sort((a, b) => a.line - b.line || a.message.localeCompare(b.message)) }));
}
