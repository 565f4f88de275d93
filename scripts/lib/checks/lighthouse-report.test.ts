import { describe, expect, it } from 'vitest';
import { findScoreFailures, formatScoreTable, meetsThreshold, pickMedianRun, readScores, type LighthouseResult } from './lighthouse-report.ts';

/** A Lighthouse result cut down to what the gate reads. */
function result(scores: { performance: number; accessibility: number; 'best-practices': number; seo: number }): LighthouseResult {
  return {
    categories: {
      performance: {
        title: 'Performance',
        score: scores.performance,
        auditRefs: [
          { id: 'largest-contentful-paint', weight: 25 },
          { id: 'total-blocking-time', weight: 30 },
          { id: 'diagnostics', weight: 0 },
        ],
      },
      accessibility: {
        title: 'Accessibility',
        score: scores.accessibility,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'image-alt', weight: 10 },
        ],
      },
      'best-practices': { title: 'Best Practices', score: scores['best-practices'], auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      seo: {
        title: 'SEO',
        score: scores.seo,
        auditRefs: [
          { id: 'robots-txt', weight: 1 },
          { id: 'meta-description', weight: 1 },
          { id: 'structured-data', weight: 0 },
        ],
      },
    },
    audits: {
      'largest-contentful-paint': { title: 'Largest Contentful Paint', score: 0.81, displayValue: '2.9 s' },
      'total-blocking-time': { title: 'Total Blocking Time', score: 0.7, displayValue: '450 ms' },
      diagnostics: { title: 'Diagnostics', score: 0 },
      'color-contrast': { title: 'Background and foreground colors do not have a sufficient contrast ratio.', score: 0 },
      'image-alt': { title: 'Image elements have [alt] attributes', score: 1 },
      'errors-in-console': { title: 'No browser errors logged to the console', score: 1 },
      'robots-txt': { title: 'robots.txt is not valid', score: 0, displayValue: '1 error found' },
      'meta-description': { title: 'Document has a meta description', score: 1 },
      'structured-data': { title: 'Structured data is valid', score: null },
    },
  };
}

describe('readScores', () => {
  it('reads the four scores and, per category, the weighted audits that lost points, costliest first', () => {
    expect(readScores('/', result({ performance: 0.8, accessibility: 0.93, 'best-practices': 1, seo: 0.92 }))).toEqual({
      page: '/',
      scores: { performance: 0.8, accessibility: 0.93, 'best-practices': 1, seo: 0.92 },
      shortfalls: {
        performance: ['Total Blocking Time (0.7, 450 ms)', 'Largest Contentful Paint (0.81, 2.9 s)'],
        accessibility: ['Background and foreground colors do not have a sufficient contrast ratio. (0)'],
        'best-practices': [],
        seo: ['robots.txt is not valid (0, 1 error found)'],
      },
      runtimeError: undefined,
    });
  });
});

describe('findScoreFailures', () => {
  it('passes pages at or above the threshold', () => {
    expect(findScoreFailures([readScores('/', result({ performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 0.97 }))], 0.95)).toEqual([]);
  });

  it('names the page, category, score and failing audits of each shortfall, and a run Lighthouse could not finish', () => {
    const broken = {
      ...result({ performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 }),
      runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' },
    };
    broken.categories.performance = { ...broken.categories.performance!, score: null };
    expect(findScoreFailures([readScores('/', result({ performance: 0.94, accessibility: 1, 'best-practices': 1, seo: 0.92 })), readScores('/b/', broken)], 0.95)).toEqual([
      '/: performance 0.94 is below 0.95. Failing audits: Total Blocking Time (0.7, 450 ms); Largest Contentful Paint (0.81, 2.9 s). Fix: correct what these audits name (npx lighthouse on the page gives the details).',
      '/: seo 0.92 is below 0.95. Failing audits: robots.txt is not valid (0, 1 error found). Fix: correct what these audits name (npx lighthouse on the page gives the details).',
      '/b/: Lighthouse could not audit the page (NO_FCP: The page did not paint any content.). Fix: open the page in Chromium and make it load without errors.',
      '/b/: performance not scored is below 0.95. Failing audits: Total Blocking Time (0.7, 450 ms); Largest Contentful Paint (0.81, 2.9 s). Fix: correct what these audits name (npx lighthouse on the page gives the details).',
    ]);
  });
});

it("formats the scores as a Markdown table on Lighthouse's 0–100 scale", () => {
  const page = readScores('/evidence/theory/', result({ performance: 0.987, accessibility: 1, 'best-practices': 0.96, seo: 1 }));
  expect(formatScoreTable([page])).toBe('| Page | Performance | Accessibility | Best practices | SEO |\n|---|---:|---:|---:|---:|\n| `/evidence/theory/` | 99 | 100 | 96 | 100 |');
});

describe('meetsThreshold and pickMedianRun', () => {
  const run = (performance: number) => readScores('/', result({ performance, accessibility: 1, 'best-practices': 1, seo: 1 }));

  it('tells whether every category reaches the threshold', () => {
    expect(meetsThreshold(run(0.95), 0.95)).toBe(true);
    expect(meetsThreshold(run(0.94), 0.95)).toBe(false);
    expect(meetsThreshold(readScores('/', { ...result({ performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 }), runtimeError: { code: 'X', message: 'y' } }), 0.95)).toBe(
      false,
    );
  });

  it('reports the run with the median performance score', () => {
    expect(pickMedianRun([run(0.93), run(0.99), run(0.96)]).scores.performance).toBe(0.96);
    expect(pickMedianRun([run(0.93)]).scores.performance).toBe(0.93);
    expect(() => pickMedianRun([])).toThrow('pickMedianRun needs at least one run');
  });
});
