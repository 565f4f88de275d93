import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PHASE_NAMES, phaseOf, readBuildReport, reportPathFor, writeBuildReport, type BuildReport } from './build-report.ts';
import { PHASES_FILE_VARIABLE, readRecordedPhases, recordPhase } from './record-phase.ts';

const folder = mkdtempSync(join(tmpdir(), 'build-report-'));

function report(names: readonly string[] = PHASE_NAMES): BuildReport {
  const at = '2026-11-27T10:00:00.000Z';
  return {
    version: 1,
    outDir: '/site/dist',
    startedAt: at,
    endedAt: at,
    seconds: 0,
    steps: [
      { name: 'astro', startedAt: at, endedAt: at, seconds: 0 },
      { name: 'pdfs', startedAt: at, endedAt: at, seconds: 0 },
    ],
    phases: names.map((name) => ({
      name: name as BuildReport['phases'][number]['name'],
      startedAt: at,
      endedAt: at,
      seconds: 1.5,
      peakMemoryMb: 400,
      counts: { files: 3 },
      reused: 1,
      made: 2,
    })),
  };
}

describe('the build report', () => {
  afterEach(() => {
    delete process.env[PHASES_FILE_VARIABLE];
  });

  it('lives beside the output folder', () => {
    expect(reportPathFor('/site/dist')).toBe('/site/dist.report.json');
    expect(reportPathFor('/site/dist/')).toBe('/site/dist.report.json');
  });

  it('reads back what was written, and finds each phase by name', () => {
    const path = join(folder, 'whole.report.json');
    writeBuildReport(path, report());
    const read = readBuildReport(path);
    expect(read).toEqual(report());
    expect(phaseOf(read, 'exportFiles')).toMatchObject({ name: 'exportFiles', reused: 1, made: 2 });
  });

  it('refuses a report with a phase missing or recorded twice, naming the file and each phase', () => {
    const path = join(folder, 'partial.report.json');
    writeBuildReport(path, report(['references', 'references', 'pages', 'exportFiles', 'pdfs']));
    expect(() => readBuildReport(path)).toThrow(
      `${path}: the build report is incomplete:\n  - phase "references" appears 2 times, not once\n  - phase "searchIndex" appears 0 times, not once\n`,
    );
  });

  it('refuses a missing file, naming it and the fix', () => {
    expect(() => readBuildReport(join(folder, 'none.report.json'))).toThrow(`${join(folder, 'none.report.json')}: no readable build report (`);
  });

  it('gathers the phases each process recorded, with their times and memory', () => {
    const file = join(folder, 'phases.jsonl');
    writeFileSync(file, '');
    process.env[PHASES_FILE_VARIABLE] = file;
    recordPhase({ name: 'references', counts: { publications: 3 }, reused: 1, made: 2 }, new Date('2026-11-27T10:00:00.000Z'), new Date('2026-11-27T10:00:02.250Z'));
    recordPhase({ name: 'pdfs', counts: { pdfs: 7 }, reused: 7, made: 0 }, new Date('2026-11-27T10:00:03.000Z'), new Date('2026-11-27T10:00:03.500Z'));
    const phases = readRecordedPhases(file);
    expect(phases.map(({ peakMemoryMb, ...rest }) => rest)).toEqual([
      { name: 'references', startedAt: '2026-11-27T10:00:00.000Z', endedAt: '2026-11-27T10:00:02.250Z', seconds: 2.25, counts: { publications: 3 }, reused: 1, made: 2 },
      { name: 'pdfs', startedAt: '2026-11-27T10:00:03.000Z', endedAt: '2026-11-27T10:00:03.500Z', seconds: 0.5, counts: { pdfs: 7 }, reused: 7, made: 0 },
    ]);
    expect(phases.every((phase) => phase.peakMemoryMb > 0)).toBe(true);
  });
});
