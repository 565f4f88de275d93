/** The Lighthouse categories the gate scores, in the order of the report. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of {@link LIGHTHOUSE_CATEGORIES}. */
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** Column headings, as Lighthouse's report names the categories. */
const CATEGORY_LABELS: Record<LighthouseCategory, string> = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };

/** The part of a Lighthouse result (LH.Result) the gate reads. */
export interface LighthouseResult {
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
  runtimeError?: { code: string; message: string };
}

/** One page's scores (0–1, null when Lighthouse could not score) and, per category, the audits that cost it points. */
export interface PageScores {
  page: string;
  scores: Record<LighthouseCategory, number | null>;
  /** Titles of the weighted audits that did not pass fully, the costliest first, with score and measured value. */
  shortfalls: Record<LighthouseCategory, string[]>;
  /** Lighthouse's own error for the run, when it had one. */
  runtimeError?: string;
}

function shortfallsOf(result: LighthouseResult, category: LighthouseCategory): string[] {
  const refs = result.categories[category]?.auditRefs ?? [];
  return refs
    .map((ref) => ({ ref, audit: result.audits[ref.id] }))
    .filter(({ ref, audit }) => ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
    .sort((a, b) => b.ref.weight * (1 - (b.audit?.score ?? 0)) - a.ref.weight * (1 - (a.audit?.score ?? 0)))
    .map(({ audit }) => `${audit?.title} (${audit?.score}${audit?.displayValue ? `, ${audit.displayValue}` : ''})`);
}

/** Reads one page's four category scores and their shortfalls from a Lighthouse result. */
export function readScores(page: string, result: LighthouseResult): PageScores {
  const each = <T>(read: (category: LighthouseCategory) => T) =>
    Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, read(category)])) as Record<LighthouseCategory, T>;
  return {
    page,
    scores: each((category) => result.categories[category]?.score ?? null),
    shortfalls: each((category) => shortfallsOf(result, category)),
    runtimeError: result.runtimeError ? `${result.runtimeError.code}: ${result.runtimeError.message}` : undefined,
  };
}

/** Whether a page scores at least the threshold in every category. */
export function meetsThreshold(page: PageScores, threshold: number): boolean {
  return !page.runtimeError && LIGHTHOUSE_CATEGORIES.every((category) => (page.scores[category] ?? 0) >= threshold);
}

/**
 * The run of a page to report out of several: the one with the median performance score (the
 * category that varies with machine load), as Lighthouse's guidance on variability advises.
 */
export function pickMedianRun(runs: PageScores[]): PageScores {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('pickMedianRun needs at least one run');
  return median;
}

/** One line per page and category scoring below the threshold, naming the audits that cost it points. */
export function findScoreFailures(pages: PageScores[], threshold: number): string[] {
  return pages.flatMap((page) => [
    ...(page.runtimeError ? [`${page.page}: Lighthouse could not audit the page (${page.runtimeError}). Fix: open the page in Chromium and make it load without errors.`] : []),
    ...LIGHTHOUSE_CATEGORIES.filter((category) => (page.scores[category] ?? 0) < threshold).map((category) => {
      const audits = page.shortfalls[category];
      return `${page.page}: ${category} ${page.scores[category] ?? 'not scored'} is below ${threshold}. Failing audits: ${audits.length > 0 ? audits.join('; ') : 'none reported'}. Fix: correct what these audits name (npx lighthouse on the page gives the details).`;
    }),
  ]);
}

/** A Markdown table of the scores, one row per page, scores as Lighthouse shows them (0–100). */
export function formatScoreTable(pages: PageScores[]): string {
  const cell = (score: number | null) => (score === null ? '–' : String(Math.round(score * 100)));
  return [
    `| Page | ${LIGHTHOUSE_CATEGORIES.map((category) => CATEGORY_LABELS[category]).join(' | ')} |`,
    `|---|${LIGHTHOUSE_CATEGORIES.map(() => '---:').join('|')}|`,
    ...pages.map((page) => `| \`${page.page}\` | ${LIGHTHOUSE_CATEGORIES.map((category) => cell(page.scores[category])).join(' | ')} |`),
  ].join('\n');
}
