/** A study type's mark on the map: a shape (an SVG path on a 16 × 16 grid), named in the map's key. */
export interface StudyTypeMark {
  id: string;
  title: string;
  /** The `d` of an SVG path drawn with fill-rule evenodd. */
  path: string;
}

/** Sixteen shapes that stay distinct at 10 px: filled, hollow and crossed. */
const SHAPES = [
  'M3 3h10v10H3z', // square
  'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11z', // disc
  'M8 1.5l6.5 12H1.5z', // triangle
  'M8 1l7 7-7 7-7-7z', // diamond
  'M1.5 2.5h13L8 14.5z', // triangle pointing down
  'M8 1l2 4.6 5 .5-3.8 3.3 1.1 4.9L8 11.8l-4.3 2.5 1.1-4.9L1 6.1l5-.5z', // star
  'M6 1.5h4v4.5h4.5v4H10v4.5H6V10H1.5V6H6z', // plus
  'M8 1l7 7-7 7-7-7zM8 4.6L4.6 8 8 11.4 11.4 8z', // hollow diamond
  'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zm0 3.5a3 3 0 1 1 0 6a3 3 0 1 1 0-6z', // ring
  'M2 2h12v12H2zM5 5v6h6V5z', // hollow square
  'M3.4 1.5L8 6.1l4.6-4.6 1.9 1.9L9.9 8l4.6 4.6-1.9 1.9L8 9.9l-4.6 4.6-1.9-1.9L6.1 8 1.5 3.4z', // cross
  'M8 1l7.5 13.5h-15zM8 6l-3.4 6h6.8z', // hollow triangle
  'M2.5 1.5h11L8 8l5.5 6.5h-11L8 8z', // hourglass
  'M2 1.5L14.5 8 2 14.5z', // triangle pointing right
  'M5.5 1.5h5v13h-5z', // upright bar
  'M1.5 3.5L8 10l6.5-6.5v5L8 15 1.5 8.5z', // chevron
];

/**
 * Gives each study type, in order, its own shape, so that the map shows the study types without
 * relying on colour; the key names each shape. Past sixteen types the shapes repeat (the cell's
 * accessible name and its list still name every type).
 */
export function assignStudyTypeMarks(studyTypes: { id: string; title: string }[]): StudyTypeMark[] {
  return studyTypes.map((studyType, index) => ({ id: studyType.id, title: studyType.title, path: SHAPES[index % SHAPES.length] ?? '' }));
}
