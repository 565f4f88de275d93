import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bibtexLoader } from './bibtex-loader.ts';

/** A minimal stand-in for Astro's loader context: the parts bibtexLoader uses. */
function fakeContext(root: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string }>();
  const meta = new Map<string, string>();
  const logs: string[] = [];
  return {
    entries,
    logs,
    context: {
      collection: 'publications',
      config: { root: pathToFileURL(`${root}/`) },
      store: {
        clear: () => entries.clear(),
        set: (entry: { id: string; data: Record<string, unknown>; filePath?: string }) => entries.set(entry.id, entry),
        keys: () => [...entries.keys()],
        values: () => [...entries.values()],
      },
      meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (data: unknown) =>
        createHash('sha256')
          .update(typeof data === 'string' ? data : JSON.stringify(data))
          .digest('hex'),
      logger: { info: (message: string) => logs.push(message), warn: (message: string) => logs.push(message) },
    },
  };
}

function project(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'refocus-loader-'));
  mkdirSync(join(root, 'references'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'references', name), text);
  return root;
}

describe('bibtexLoader', () => {
  it('stores one entry per citation key, across files, with its file path and formatted references', async () => {
    const root = project({ 'a.bib': '@string{j = {BMC Psychiatry}}', 'b.bib': '@article{one, title={One}, journal=j, year=2011}\n@book{two, title={Two}, year=2014}' });
    const { context, entries } = fakeContext(root);
    await bibtexLoader({ directory: 'references', strictFiles: ['references/refocus.bib'] }).load(context as never);
    expect([...entries.keys()]).toEqual(['one', 'two']);
    expect(entries.get('one')).toMatchObject({
      filePath: 'references/b.bib',
      data: { key: 'one', file: 'references/b.bib', line: 1, csl: { 'container-title': 'BMC Psychiatry' } },
    });
    expect(entries.get('two')?.data.references).toMatchObject({ apa: { text: expect.stringMatching(/^Two\. \(2014\)/) } });
  });

  it('reuses the stored entries when no file has changed', async () => {
    const root = project({ 'a.bib': '@article{one, title={One}, year=2011}' });
    const { context, logs } = fakeContext(root);
    const loader = bibtexLoader({ directory: 'references', strictFiles: ['references/refocus.bib'] });
    await loader.load(context as never);
    await loader.load(context as never);
    expect(logs.at(-1)).toBe('references: unchanged, 1 publications from the cache');
  });

  it("formats again only the entries that changed, and keeps the others' references", async () => {
    const root = project({ 'a.bib': '@article{one, title={One}, year=2011}\n@article{two, title={Two}, year=2012}' });
    const { context, entries, logs } = fakeContext(root);
    const loader = bibtexLoader({ directory: 'references', strictFiles: ['references/refocus.bib'] });
    await loader.load(context as never);
    const twoBefore = entries.get('two')?.data.references;
    writeFileSync(join(root, 'references/a.bib'), '@article{one, title={One, revised}, year=2011}\n@article{two, title={Two}, year=2012}');
    await loader.load(context as never);
    expect(logs.find((line) => line.startsWith('formatted 1 reference in 3 styles'))).toMatch(/; reused 1 unchanged ones \(peak memory so far \d+ MB\)$/);
    expect(entries.get('one')?.data.references).toMatchObject({ apa: { text: expect.stringContaining('One, revised') } });
    expect(entries.get('two')?.data.references).toEqual(twoBefore);
  });

  it('fails naming the file, the line and the fix, and stores nothing', async () => {
    const root = project({ 'a.bib': '@article{one,\n  title = {One}\n  year = 2011\n}' });
    const { context, entries } = fakeContext(root);
    await expect(bibtexLoader({ directory: 'references', strictFiles: ['references/refocus.bib'] }).load(context as never)).rejects.toThrow(
      'references/a.bib:3 (entry "one"): a comma is missing after the field "title". Fix: add "," at the end of the "title" field (line 2)',
    );
    expect(entries.size).toBe(0);
  });

  it('builds an entry BibTeX accepts with a warning, stores the warning and prints it in the build output', async () => {
    const root = project({ 'lab.bib': '@misc{wip,\n  author = {Ann Author},\n  note = {Work in progress}}' });
    const { context, entries, logs } = fakeContext(root);
    await bibtexLoader({ directory: 'references', strictFiles: ['references/refocus.bib'] }).load(context as never);
    expect(entries.get('wip')?.data.warnings).toEqual([
      {
        file: 'references/lab.bib',
        line: 1,
        key: 'wip',
        message: 'the entry has no title; it is listed as "[Work in progress]"',
        fix: 'if the work has a title, add it as title = {…}',
      },
      {
        file: 'references/lab.bib',
        line: 1,
        key: 'wip',
        message: 'the entry has no year; it is shown as n.d. (no date)',
        fix: 'if the work gives a date, add it as year = {…} (or date = {…})',
      },
    ]);
    expect(logs).toContain(
      'references/lab.bib:1 (entry "wip"): the entry has no year; it is shown as n.d. (no date). Fix: if the work gives a date, add it as year = {…} (or date = {…})',
    );
    expect(logs).toContain('2 warnings in references/: every one is listed, by file, on /about/data-quality/');
  });

  it('reads the TeX macro files beside the .bib files, and notices when they change', async () => {
    const root = project({ 'a.bib': '@article{one, title={The \\VAX{} notes}, year=2011}', 'macros.tex': '\\newcommand{\\VAX}{VAX-11}' });
    const { context, entries } = fakeContext(root);
    const loader = bibtexLoader({ directory: 'references', strictFiles: ['references/refocus.bib'] });
    await loader.load(context as never);
    expect(entries.get('one')?.data).toMatchObject({ csl: { title: 'The VAX-11 notes' }, warnings: [] });
    writeFileSync(join(root, 'references/macros.tex'), '\\newcommand{\\VAX}{VAX-780}');
    await loader.load(context as never);
    expect(entries.get('one')?.data).toMatchObject({ csl: { title: 'The VAX-780 notes' } });
  });

  it('refuses a file that is not UTF-8, naming the line', async () => {
    const root = project({ 'latin.bib': Buffer.from('@article{one,\n title={Caf\xe9}, year=2011}', 'latin1') });
    const { context } = fakeContext(root);
    await expect(bibtexLoader({ directory: 'references', strictFiles: ['references/refocus.bib'] }).load(context as never)).rejects.toThrow(
      'references/latin.bib:2: the file is not UTF-8 text',
    );
  });
});

describe('references/ (the real bibliography)', () => {
  it('becomes exactly one publication per entry', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync('references').filter((name) => name.endsWith('.bib'));
    const entriesWritten = files.flatMap((name) =>
      [...readFileSync(join('references', name), 'utf8').matchAll(/^@(?!string|comment|preamble)\w+\{([^,]+),/gim)].map((match) => match[1]),
    );
    const { context, entries } = fakeContext(process.cwd());
    await bibtexLoader({ directory: 'references', strictFiles: ['references/refocus.bib'] }).load(context as never);
    expect([...entries.keys()].sort()).toEqual(entriesWritten.sort());
  });
});
