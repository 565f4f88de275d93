/** One thing wrong with the built site, located by file and fixable from its message. */
export interface SiteProblem {
  /** The file concerned, relative to the build folder (`about/index.html`, `sitemap.xml`). */
  file: string;
  /** What is wrong, as one sentence without a final full stop. */
  message: string;
  /** What to change to fix it. */
  fix: string;
}

/** Formats one problem as a single line: `dist/about/index.html: message. Fix: fix`. */
export function formatSiteProblem(problem: SiteProblem, distLabel = 'dist'): string {
  const fix = /[.!?]$/.test(problem.fix) ? problem.fix : `${problem.fix}.`;
  return `${distLabel}/${problem.file}: ${problem.message}. Fix: ${fix}`;
}

/** Drops repeated problems (a broken link in the footer is reported once per page, not once per copy). */
export function uniqueProblems(problems: SiteProblem[]): SiteProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const id = `${problem.file}\n${problem.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
