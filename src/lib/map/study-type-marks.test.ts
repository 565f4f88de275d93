import { describe, expect, it } from 'vitest';
import { assignStudyTypeMarks } from './study-type-marks.ts';

describe('assignStudyTypeMarks', () => {
  it('gives each study type its own code and shape', () => {
    const marks = assignStudyTypeMarks([
      { id: 'systematic-review', title: 'Systematic review' },
      { id: 'survey', title: 'Survey' },
      { id: 'short', title: 'Something relevant' },
      { id: 'trial', title: 'Trial' },
    ]);
    expect(marks.map((mark) => mark.code)).toEqual(['SR', 'S', 'SR2', 'T']);
    expect(new Set(marks.map((mark) => mark.path)).size).toBe(4);
  });
});
