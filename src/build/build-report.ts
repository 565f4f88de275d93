import { readFileSync, writeFileSync } from 'node:fs';

/** The phases of a build that report what they did, in the order they run. */
export const PHASE_NAMES = ['references', 'pages', 'exportFiles', 'searchIndex', 'pdfs'] as const;

/** One phase of a build: `references` (load and format), `pages` (Astro renders), `exportFiles`, `searchIndex` (Pagefind), `pdfs`. */
export type PhaseName = (typeof PHASE_NAMES)[number];

/** What one phase did, when, and how much of it came from a cache. */
export interface BuildPhase {
  name: PhaseName;
  /** ISO 8601 times of the phase's start and end. */
  startedAt: string;
  endedAt: string;
  seconds: number;
  /** The most memory its process had held by the end of the phase, in MB (it only rises). */
  peakMemoryMb: number;
  /** What it produced, e.g. { publications: 158 } or { files: 474 }. */
  counts: Record<string, number>;
  /** How many of its items came from the last build's cache, and how many it made afresh. */
  reused: number;
  made: number;
}

/** One process of the build (`astro`: Astro with its integrations; `pdfs`: the manual's PDFs). */
export interface BuildStep {
  name: 'astro' | 'pdfs';
  startedAt: string;
  endedAt: string;
  seconds: number;
}

/** The machine-readable report of one successful build, written next to its output folder. */
export interface BuildReport {
  version: 1;
  /** The output folder the report belongs to. */
  outDir: string;
  startedAt: string;
  endedAt: string;
  seconds: number;
  steps: BuildStep[];
  phases: BuildPhase[];
}

/** Where the report of a build into `outDir` is written: beside it, `dist` → `dist.report.json`. */
export function reportPathFor(outDir: string): string {
  return `${outDir.replace(/\/+$/, '')}.report.json`;
}

/** Seconds between two instants, to a millisecond. */
export function secondsBetween(startedAt: Date, endedAt: Date): number {
  return Math.round(endedAt.getTime() - startedAt.getTime()) / 1000;
}

/** Writes a report, pretty-printed (people read it too). */
export function writeBuildReport(path: string, report: BuildReport): void {
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

/**
 * Reads a build's report, checking that it has every phase once and each step. Throws naming the
 * file and what is missing: a reader must never take a partial report for a whole one.
 */
export function readBuildReport(path: string): BuildReport {
  let report: BuildReport;
  try {
    report = JSON.parse(readFileSync(path, 'utf8')) as BuildReport;
  } catch (error) {
    throw new Error(`${path}: no readable build report (${error instanceof Error ? error.message : String(error)}). Fix: build with npm run build, which writes it.`, {
      cause: error,
    });
  }
  return checkBuildReport(report, path);
}

/** Checks that a report has every phase once and each step; throws naming `path` and what is missing, else returns it. */
export function checkBuildReport(report: BuildReport, path: string): BuildReport {
  if (report.version !== 1) throw new Error(`${path}: build report version ${String(report.version)}; this reader knows version 1. Fix: build again with this checkout.`);
  const problems = [
    ...PHASE_NAMES.filter((name) => report.phases.filter((phase) => phase.name === name).length !== 1).map(
      (name) => `phase "${name}" appears ${report.phases.filter((phase) => phase.name === name).length} times, not once`,
    ),
    ...(['astro', 'pdfs'] as const).filter((name) => !report.steps.some((step) => step.name === name)).map((name) => `step "${name}" is missing`),
  ];
  if (problems.length > 0)
    throw new Error(
      `${path}: the build report is incomplete:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nFix: a phase that stopped recording itself (see src/build/record-phase.ts) must record again.`,
    );
  return report;
}

/** The named phase of a report read with {@link readBuildReport}. */
export function phaseOf(report: BuildReport, name: PhaseName): BuildPhase {
  const phase = report.phases.find((each) => each.name === name);
  if (!phase) throw new Error(`the build report has no phase "${name}"`);
  return phase;
}

/** The named step of a report read with {@link readBuildReport}. */
export function stepOf(report: BuildReport, name: BuildStep['name']): BuildStep {
  const step = report.steps.find((each) => each.name === name);
  if (!step) throw new Error(`the build report has no step "${name}"`);
  return step;
}
