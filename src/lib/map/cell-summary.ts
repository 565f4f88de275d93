/** How many publications of one study type a cell holds (`MapCell.mix`). */
export interface StudyTypeCount {
  studyType: string;
  count: number;
}

/** One mark of a cell's study-type strip: a study type, and how many publications it stands for. */
export interface StudyTypeGlyph {
  studyType: string;
  /** 1 when each publication has its own mark; the type's count when the cell is too full for that. */
  count: number;
}

/** "1 publication", "3 publications". */
export function countInWords(count: number): string {
  return `${count} publication${count === 1 ? '' : 's'}`;
}

/**
 * The study-type mix in words, in the study types' order: "Systematic review (2), Qualitative study (1)".
 * A type without a title is named by its id, so nothing is silently left out.
 */
export function studyTypesInWords(mix: StudyTypeCount[], titleOf: (studyType: string) => string | undefined): string {
  return mix.map((entry) => `${titleOf(entry.studyType) ?? entry.studyType} (${entry.count})`).join(', ');
}

/** Up to this many publications, a cell draws one mark for each. */
export const GLYPH_LIMIT = 12;

/**
 * The marks a cell draws for its study types: one per publication while the cell holds at most
 * `limit` (a small unit chart that can be counted by eye), otherwise one per study type carrying its
 * count, so a full cell never overflows.
 */
export function studyTypeGlyphs(mix: StudyTypeCount[], limit = GLYPH_LIMIT): StudyTypeGlyph[] {
  const total = mix.reduce((sum, entry) => sum + entry.count, 0);
  if (total > limit) return mix.map((entry) => ({ studyType: entry.studyType, count: entry.count }));
  return mix.flatMap((entry) => Array.from({ length: entry.count }, () => ({ studyType: entry.studyType, count: 1 })));
}
