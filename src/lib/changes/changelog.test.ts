import { describe, expect, it } from 'vitest';
import type { Change } from '../../schemas/changes.ts';
import { checkChanges, countByKind, entryLines, historyOf, newestFirst } from './changelog.ts';

const change = (id: string, date: string, overrides: Partial<Change> = {}): Change => ({
  id,
  date: new Date(date),
  kind: 'corrected',
  title: `Change ${id}`,
  summary: 'A sentence long enough to say what changed.',
  publications: [],
  pages: [],
  ...overrides,
});

const YAML = `# a comment
- id: first
  date: 2026-11-27
  kind: added

- id: second
  date: 2026-12-01
`;

describe('entryLines', () => {
  it('gives the line each entry starts on', () => {
    expect(entryLines(YAML)).toEqual(
      new Map([
        ['first', 2],
        ['second', 6],
      ]),
    );
  });
  it('gives nothing for a file that is not a list', () => {
    expect(entryLines('id: x\n').size).toBe(0);
  });
});

describe('checkChanges', () => {
  const lines = new Map([['a', 12]]);
  it('names file, line, entry and fix for an unknown citation key', () => {
    const messages = checkChanges([change('a', '2026-12-01', { publications: ['known', 'nosuchkey'] })], {
      file: 'content/changes.yaml',
      lines,
      publicationKeys: new Set(['known']),
    });
    expect(messages).toEqual([
      'content/changes.yaml:12 (entry "a"): publications names "nosuchkey", which is not a citation key in references/. Fix: correct the key, or name the page instead when the publication has left the evidence base.',
    ]);
  });
  it('names an unknown page when the site paths are known, and accepts a known one', () => {
    const messages = checkChanges([change('a', '2026-12-01', { pages: ['/evidence/', '/evidense/'] })], { file: 'f.yaml', lines, sitePaths: new Set(['/', '/evidence/']) });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('f.yaml:12 (entry "a"): pages names "/evidense/", which the build did not make.');
  });
  it('finds an id used twice', () => {
    expect(checkChanges([change('a', '2026-12-01'), change('a', '2026-12-02')], { file: 'f.yaml', lines })[0]).toContain('the id "a" is used twice');
  });
  it('leaves out the checks it has no data for', () => {
    expect(checkChanges([change('a', '2026-12-01', { publications: ['x'], pages: ['/y/'] })], { file: 'f.yaml', lines })).toEqual([]);
  });
});

describe('newestFirst', () => {
  it('sorts by date, newest first, and on one day puts the later line first', () => {
    const sorted = newestFirst([change('old', '2026-01-01'), change('same-1', '2026-12-01'), change('same-2', '2026-12-01'), change('mid', '2026-06-01')]);
    expect(sorted.map((entry) => entry.id)).toEqual(['same-2', 'same-1', 'mid', 'old']);
  });
});

describe('countByKind', () => {
  it('counts every kind, zero included, in the declared order', () => {
    expect(countByKind([change('a', '2026-01-01', { kind: 'site' }), change('b', '2026-01-01', { kind: 'site' })])).toEqual([
      { kind: 'added', count: 0 },
      { kind: 'corrected', count: 0 },
      { kind: 'retracted', count: 0 },
      { kind: 'site', count: 2 },
    ]);
  });
});

describe('historyOf', () => {
  it('lists the changes naming a publication, oldest first, as its page says them', () => {
    const changes = [
      change('fix', '2026-12-01', { publications: ['k'] }),
      change('add', '2026-11-27', { kind: 'added', publications: ['k', 'other'] }),
      change('unrelated', '2026-12-02', { publications: ['other'] }),
    ];
    expect(historyOf('k', changes)).toEqual([
      { id: 'add', kind: 'added', text: 'Added on 27 November 2026', title: 'Change add', iso: '2026-11-27' },
      { id: 'fix', kind: 'corrected', text: 'Corrected on 1 December 2026', title: 'Change fix', iso: '2026-12-01' },
    ]);
    expect(historyOf('none', changes)).toEqual([]);
  });
});
