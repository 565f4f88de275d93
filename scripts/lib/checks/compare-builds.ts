/** How a file differs between two builds of the same commit. */
export interface BuildDifference {
  /** The file, relative to the build folder. */
  file: string;
  /** `differs`: in both builds with other bytes; `only-in-first` / `only-in-second`: in one build only. */
  kind: 'differs' | 'only-in-first' | 'only-in-second';
}

/** A file allowed to differ between builds, and why it cannot be made identical. */
export interface ReproducibilityException {
  /** The file, relative to the build folder, exactly. */
  file: string;
  /** Why its bytes cannot be made the same in two builds. */
  reason: string;
}

/** Compares two builds given as file → SHA-256, listing every file that is not the same in both, by name. */
export function compareBuilds(first: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): BuildDifference[] {
  const files = [...new Set([...first.keys(), ...second.keys()])].sort();
  return files.flatMap((file): BuildDifference[] => {
    const [a, b] = [first.get(file), second.get(file)];
    if (a === undefined) return [{ file, kind: 'only-in-second' }];
    if (b === undefined) return [{ file, kind: 'only-in-first' }];
    return a === b ? [] : [{ file, kind: 'differs' }];
  });
}

/** The differences the exceptions do not allow, those they do (with the reason), and exceptions no difference used. */
export function judgeDifferences(differences: BuildDifference[], exceptions: readonly ReproducibilityException[]) {
  const reasons = new Map(exceptions.map((exception) => [exception.file, exception.reason]));
  const failures = differences.filter((difference) => difference.kind !== 'differs' || !reasons.has(difference.file));
  const allowed = differences.filter((difference) => !failures.includes(difference)).map((difference) => ({ ...difference, reason: reasons.get(difference.file) ?? '' }));
  const unused = exceptions.filter((exception) => !differences.some((difference) => difference.file === exception.file));
  return { failures, allowed, unused };
}

const DESCRIPTIONS: Record<BuildDifference['kind'], string> = {
  differs: 'differs between the two builds',
  'only-in-first': 'is in the first build only',
  'only-in-second': 'is in the second build only',
};

/** One line for a file that is not reproducible, with where to look for the cause. */
export function formatDifference(difference: BuildDifference): string {
  return `${difference.file}: ${DESCRIPTIONS[difference.kind]}. Fix: find what in its build step depends on time, randomness, the time zone, the locale, the output path or the order of parallel work, and make it depend on the commit only (or, if that is impossible, list it with its reason in REPRODUCIBILITY_EXCEPTIONS and the README).`;
}
