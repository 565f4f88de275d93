import { appendFileSync, readFileSync } from 'node:fs';
import type { BuildPhase } from './build-report.ts';
import { secondsBetween } from './build-report.ts';
import { peakMemoryMb } from './peak-memory.ts';

/** The environment variable naming the file the build's phases are recorded in (set by scripts/build.ts). */
export const PHASES_FILE_VARIABLE = 'REFOCUS_BUILD_PHASES';

/** What a phase tells about itself when it ends; times and memory are added by {@link recordPhase}. */
export type PhaseOutcome = Pick<BuildPhase, 'name' | 'counts' | 'reused' | 'made'>;

/**
 * Records a finished phase as one JSON line in the file scripts/build.ts named in
 * REFOCUS_BUILD_PHASES, with its times and the process's peak memory so far. Phases run in the
 * Astro process and in the PDF process, so a file (appended a line at a time) gathers them.
 * Without the variable (astro dev, astro check, a bare astro build) nobody asked for a report, and
 * nothing is recorded.
 */
export function recordPhase(outcome: PhaseOutcome, startedAt: Date, endedAt = new Date()): BuildPhase {
  const phase: BuildPhase = {
    name: outcome.name,
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    seconds: secondsBetween(startedAt, endedAt),
    peakMemoryMb: peakMemoryMb(),
    counts: outcome.counts,
    reused: outcome.reused,
    made: outcome.made,
  };
  const file = process.env[PHASES_FILE_VARIABLE];
  if (file) appendFileSync(file, `${JSON.stringify(phase)}\n`);
  return phase;
}

/** The phases recorded in a file by {@link recordPhase}, in the order they ended. */
export function readRecordedPhases(file: string): BuildPhase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as BuildPhase);
}
