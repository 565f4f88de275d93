import { describe, expect, it } from 'vitest';
import { assignStudyTypeMarks } from './study-type-marks.ts';

describe('assignStudyTypeMarks', () => {
  it('gives each of up to sixteen study types its own shape, in order', () => {
    const types = Array.from({ length: 16 }, (_, index) => ({ id: `type-${index}`, title: `Type ${index}` }));
    const marks = assignStudyTypeMarks(types);
    expect(marks.map((mark) => mark.id)).toEqual(types.map((type) => type.id));
    expect(new Set(marks.map((mark) => mark.path)).size).toBe(16);
  });

  it('repeats the shapes past sixteen types rather than leaving a type without one', () => {
    const types = Array.from({ length: 17 }, (_, index) => ({ id: `type-${index}`, title: `Type ${index}` }));
    const marks = assignStudyTypeMarks(types);
    expect(marks[16]?.path).toBe(marks[0]?.path);
    expect(marks.every((mark) => mark.path.length > 0)).toBe(true);
  });
});
