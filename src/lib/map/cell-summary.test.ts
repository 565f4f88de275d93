import { describe, expect, it } from 'vitest';
import { countInWords, studyTypeGlyphs, studyTypesInWords } from './cell-summary.ts';

const MIX = [
  { studyType: 'systematic-review', count: 2 },
  { studyType: 'qualitative', count: 1 },
];
const TITLES: Record<string, string> = { 'systematic-review': 'Systematic review', qualitative: 'Qualitative study' };

describe('cell summary', () => {
  it('counts in words', () => {
    expect(countInWords(1)).toBe('1 publication');
    expect(countInWords(3)).toBe('3 publications');
  });

  it('names the study types with their counts, in order, falling back to the id', () => {
    expect(studyTypesInWords(MIX, (id) => TITLES[id])).toBe('Systematic review (2), Qualitative study (1)');
    expect(studyTypesInWords([{ studyType: 'unlisted', count: 1 }], () => undefined)).toBe('unlisted (1)');
  });

  it('draws one mark per publication while the cell is small', () => {
    expect(studyTypeGlyphs(MIX)).toEqual([
      { studyType: 'systematic-review', count: 1 },
      { studyType: 'systematic-review', count: 1 },
      { studyType: 'qualitative', count: 1 },
    ]);
  });

  it('draws one mark per study type, with its count, once the cell holds more than the limit', () => {
    expect(studyTypeGlyphs(MIX, 2)).toEqual(MIX);
  });
});
