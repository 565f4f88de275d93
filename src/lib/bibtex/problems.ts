/** One thing wrong with the bibliography, located precisely enough to fix it. */
export interface BibtexProblem {
  /** Path of the .bib file, as given to the parser. */
  file: string;
  /** 1-based line where the problem starts. */
  line: number;
  /** Citation key of the entry concerned, when there is one. */
  key?: string;
  /** What is wrong. */
  message: string;
  /** What to change to fix it. */
  fix: string;
}

/** Formats one problem as a single line: `file:line (key): message. Fix: …`. */
export function formatProblem(problem: BibtexProblem): string {
  const where = `${problem.file}:${problem.line}`;
  const entry = problem.key ? ` (entry "${problem.key}")` : '';
  return `${where}${entry}: ${problem.message}. Fix: ${problem.fix}`;
}

/** Thrown once with every problem found, one line each, so a build fails with the full list. */
export class BibliographyError extends Error {
  readonly problems: BibtexProblem[];
  constructor(problems: BibtexProblem[]) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`The bibliography has ${problems.length} ${noun}:\n` + problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'));
    this.name = 'BibliographyError';
    this.problems = problems;
  }
}
