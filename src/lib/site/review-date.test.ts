import { describe, expect, it } from 'vitest';
import { reviewDate, reviewDateOfPage } from './review-date.ts';

describe('reviewDate', () => {
  it('writes the day in British English and as an ISO date, in UTC whatever the time zone', () => {
    expect(reviewDate(new Date('2026-12-01'))).toEqual({ text: '1 December 2026', iso: '2026-12-01' });
  });
});

describe('reviewDateOfPage', () => {
  it('reads the date a page declares, and nothing from a page without one', () => {
    expect(reviewDateOfPage('<p class="page-reviewed" data-reviewed="2026-12-01">Page last reviewed')).toBe('2026-12-01');
    expect(reviewDateOfPage('<p>No date here: 2026-12-01</p>')).toBeUndefined();
  });
});
