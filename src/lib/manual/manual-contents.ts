/** A chapter of the manual as the PDF step needs it. */
export interface ManualContentsChapter {
  /** The chapter's address under /manual/ and the name of its PDF. */
  slug: string;
  title: string;
  /** Its place in the manual, from 1. */
  order: number;
}

/** The manual's contents: /manual/contents.json, which the build writes and scripts/build-pdfs.ts reads. */
export interface ManualContents {
  title: string;
  edition: { version: string; date: string };
  chapters: ManualContentsChapter[];
}

/** The JSON text of the manual's contents, pretty-printed. */
export function serialiseManualContents(contents: ManualContents): string {
  return `${JSON.stringify(contents, null, 2)}\n`;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Reads the manual's contents from their JSON text, collecting every problem and throwing once,
 * naming `where` (the file) and each missing or malformed field.
 */
export function parseManualContents(text: string, where: string): ManualContents {
  let data: Partial<ManualContents>;
  try {
    data = JSON.parse(text) as Partial<ManualContents>;
  } catch (error) {
    throw new Error(`${where}: not JSON (${error instanceof Error ? error.message : String(error)}). Fix: build the site again (npm run build).`, { cause: error });
  }
  const problems: string[] = [];
  if (!isText(data.title)) problems.push('"title" is missing');
  if (!isText(data.edition?.version)) problems.push('"edition.version" is missing');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(data.edition?.date))) problems.push(`"edition.date" is ${JSON.stringify(data.edition?.date)}, not a date like 2026-11-27`);
  if (!Array.isArray(data.chapters) || data.chapters.length === 0) problems.push('"chapters" lists no chapter');
  (Array.isArray(data.chapters) ? data.chapters : []).forEach((chapter, index) => {
    if (!isText(chapter?.slug) || !isText(chapter?.title) || chapter.order !== index + 1)
      problems.push(`chapter ${index + 1} needs a slug, a title and order ${index + 1}; it has ${JSON.stringify(chapter)}`);
  });
  if (problems.length > 0)
    throw new Error(
      `${where}: the manual's contents are incomplete:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nFix: check content/manual/ and src/pages/manual/contents.json.ts, then build again.`,
    );
  return data as ManualContents;
}
