import { describe, expect, it } from 'vitest';
import { compareBuilds, formatDifference, judgeDifferences } from './compare-builds.ts';

const first = new Map([
  ['index.html', 'aa'],
  ['manual/a.pdf', 'bb'],
  ['gone.txt', 'cc'],
  ['same.css', 'dd'],
]);
const second = new Map([
  ['index.html', 'aa'],
  ['manual/a.pdf', 'b2'],
  ['new.txt', 'ee'],
  ['same.css', 'dd'],
]);

describe('compareBuilds', () => {
  it('lists every file that differs or is in one build only, by name', () => {
    expect(compareBuilds(first, second)).toEqual([
      { file: 'gone.txt', kind: 'only-in-first' },
      { file: 'manual/a.pdf', kind: 'differs' },
      { file: 'new.txt', kind: 'only-in-second' },
    ]);
  });

  it('finds nothing between identical builds', () => {
    expect(compareBuilds(first, new Map(first))).toEqual([]);
  });
});

describe('judgeDifferences', () => {
  it('allows exactly the listed files, and only when they are in both builds', () => {
    const exceptions = [
      { file: 'manual/a.pdf', reason: 'the PDF engine stamps the time' },
      { file: 'new.txt', reason: 'x' },
      { file: 'old.pdf', reason: 'y' },
    ];
    expect(judgeDifferences(compareBuilds(first, second), exceptions)).toEqual({
      failures: [
        { file: 'gone.txt', kind: 'only-in-first' },
        { file: 'new.txt', kind: 'only-in-second' },
      ],
      allowed: [{ file: 'manual/a.pdf', kind: 'differs', reason: 'the PDF engine stamps the time' }],
      unused: [{ file: 'old.pdf', reason: 'y' }],
    });
  });
});

it('formats a difference as one line with the fix', () => {
  expect(formatDifference({ file: 'manual/a.pdf', kind: 'differs' })).toBe(
    'manual/a.pdf: differs between the two builds. Fix: find what in its build step depends on time, randomness, the time zone, the locale, the output path or the order of parallel work, and make it depend on the commit only (or, if that is impossible, list it with its reason in REPRODUCIBILITY_EXCEPTIONS and the README).',
  );
});
