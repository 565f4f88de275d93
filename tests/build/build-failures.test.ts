/**
 * Bad input fails the whole build with a message naming the file, the line or key, and the fix, and
 * leaves no dist/ behind. Each case builds a throwaway copy of the project with one defect.
 */
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, copyProject } from '../support/project-copy.ts';

const BIB = 'references/refocus.bib';
const bibLines = readFileSync(BIB, 'utf8').split('\n').length;
const CHANGES = 'content/changes.yaml';
/** The line an entry appended after a blank line starts on. */
const changesEntryLine = readFileSync(CHANGES, 'utf8').split('\n').length + 1;
const GLOSSARY = 'content/glossary.yaml';
const glossaryEntryLine = readFileSync(GLOSSARY, 'utf8').split('\n').length + 1;
const change = (extra: string) =>
  `\n- id: bad-entry\n  date: 2026-12-02\n  kind: corrected\n  title: A broken entry\n  summary: An entry that names something that does not exist.\n${extra}`;

interface Case {
  name: string;
  breakIt: (folder: string) => void;
  expected: (string | RegExp)[];
  /** What must not be in the output: the work of a step that should have been stopped. */
  absent?: RegExp[];
}

const append = (file: string, text: string) => (folder: string) => appendFileSync(join(folder, file), text);
const replace = (file: string, from: string, to: string) => (folder: string) => {
  const path = join(folder, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture: "${from}" is not in ${file}`);
  writeFileSync(path, text.replace(from, to));
};

const CASES: Case[] = [
  {
    name: 'unbalanced braces',
    breakIt: append(BIB, '\n@article{broken2020,\n  title = {Unclosed {brace},\n  year = {2020}\n}\n'),
    expected: [
      `references/refocus.bib:${bibLines + 2} (entry "broken2020"): unbalanced braces: the field "title" opened on line ${bibLines + 2} is never closed. Fix: add the missing "}"`,
    ],
  },
  {
    name: 'a missing comma',
    breakIt: append(BIB, '\n@article{broken2020,\n  title = {A title}\n  year = {2020}\n}\n'),
    expected: [
      `references/refocus.bib:${bibLines + 3} (entry "broken2020"): a comma is missing after the field "title". Fix: add "," at the end of the "title" field (line ${bibLines + 2})`,
    ],
  },
  {
    name: 'a duplicate key across files',
    breakIt: (folder) => writeFileSync(join(folder, 'references/extra.bib'), '@article{leamy2011conceptual,\n  title = {Copy},\n  year = {2011}\n}\n'),
    expected: [
      /references\/refocus\.bib:\d+ \(entry "leamy2011conceptual"\): duplicate citation key: "leamy2011conceptual" is already used at references\/extra\.bib:1\. Fix: give one of the two entries another key/,
    ],
  },
  {
    name: 'an unknown entry type',
    breakIt: append(BIB, '\n@artcle{broken2020, title = {T}, year = {2020}}\n'),
    expected: [`references/refocus.bib:${bibLines + 1} (entry "broken2020"): unknown entry type "@artcle". Fix: use a BibTeX or biblatex type such as @article`],
  },
  {
    name: 'an entry without title or year',
    breakIt: append(BIB, '\n@article{broken2020, author = {Slade, Mike}}\n'),
    expected: [
      `(entry "broken2020"): the entry has no title. Fix: add the title the work gives, as title = {…}`,
      `(entry "broken2020"): the entry has no year. Fix: add the year the work gives, as year = {…} (or date = {…})`,
    ],
  },
  {
    name: 'a malformed DOI',
    breakIt: replace(BIB, 'doi     = {10.1192/bjp.bp.110.083733}', 'doi     = {10.1192 bjp}'),
    expected: [/references\/refocus\.bib:\d+ \(entry "leamy2011conceptual"\): malformed DOI "10\.1192 bjp"\. Fix: write the DOI as it is registered/],
  },
  {
    name: 'a file that is not UTF-8',
    breakIt: (folder) => writeFileSync(join(folder, 'references/latin1.bib'), Buffer.from('@article{latin2020,\n  title = {Caf\xe9},\n  year = {2020}\n}\n', 'latin1')),
    expected: ['references/latin1.bib:2: the file is not UTF-8 text (the first byte that is not UTF-8 is on line 2). Fix: convert it, e.g. iconv -f latin1 -t utf-8'],
  },
  {
    name: 'an empty file',
    breakIt: (folder) => writeFileSync(join(folder, 'references/empty.bib'), ''),
    expected: ['references/empty.bib:1: the file holds no entries and no @string definitions. Fix: add at least one entry'],
  },
  {
    name: 'a citation of an unknown key',
    breakIt: append('content/pages/about.mdx', '\nSee also <Cite keys="nosuchkey2020" />.\n'),
    expected: [/content\/pages\/about\.mdx:\d+: unknown citation key "nosuchkey2020"\. Fix: add the publication to a \.bib file in references\/, or correct the key\./],
  },
  {
    name: 'an unknown taxonomy id',
    breakIt: replace(
      'content/annotations/refocus.yaml',
      'bird2014fit:\n  stages: [theory]\n  chime: [connectedness, hope,',
      'bird2014fit:\n  stages: [theory]\n  chime: [connectedness, hopefulness,',
    ),
    expected: [
      'content/annotations/refocus.yaml: "bird2014fit" names the unknown CHIME process "hopefulness". Fix: use one of connectedness, empowerment, hope, identity, meaning',
    ],
  },
  {
    name: 'a REFOCUS publication without annotation',
    breakIt: append(BIB, '\n@article{unannotated2020, title = {T}, author = {Slade, Mike}, journal = {J}, year = {2020}}\n'),
    expected: ['references/refocus.bib: the publication "unannotated2020" has no annotation. Fix: add "unannotated2020:" with its stages'],
  },
  {
    name: 'an evidence page without a review date',
    breakIt: replace('content/taxonomy/stages/theory.mdx', 'reviewed: 2026-12-01\n', ''),
    expected: ['reviewed: write `reviewed: YYYY-MM-DD`, the date the page was last checked against the publications it cites', /content\/taxonomy\/stages\/theory\.mdx/],
  },
  {
    name: 'a change naming an unknown publication',
    breakIt: append(CHANGES, change('  publications: [nosuchkey2020]\n')),
    expected: [
      `content/changes.yaml:${changesEntryLine} (entry "bad-entry"): publications names "nosuchkey2020", which is not a citation key in references/. Fix: correct the key, or name the page instead`,
    ],
  },
  {
    name: 'a change naming a page the build does not make',
    breakIt: append(CHANGES, change('  pages: [/evidense/theory/]\n')),
    expected: [`content/changes.yaml:${changesEntryLine} (entry "bad-entry"): pages names "/evidense/theory/", which the build did not make. Fix: correct the path`],
  },
  {
    name: 'a change of an unknown kind',
    breakIt: replace(CHANGES, 'kind: retracted', 'kind: withdrawn'),
    expected: [/content\/changes\.yaml/, /kind/, /added, corrected, retracted, site/],
  },
  {
    name: 'a glossary term without a definition',
    breakIt: append(
      GLOSSARY,
      '\n- id: bad-term\n  term: Bad term\n  definition: A term whose source is not in the bibliography.\n  cite: [nosuchkey2020]\n  checked: nothing\n- id: no-definition\n  term: No definition\n  cite: [leamy2011conceptual]\n  checked: nothing\n',
    ),
    expected: [`content/glossary.yaml:${glossaryEntryLine + 5} (term "no-definition"): definition:`, 'Fix: see docs/editing-content.md for the field.'],
  },
  {
    name: 'a glossary term citing an unknown key',
    breakIt: append(GLOSSARY, '\n- id: bad-term\n  term: Bad term\n  definition: A term whose source is not in the bibliography.\n  cite: [nosuchkey2020]\n  checked: nothing\n'),
    expected: [
      `content/glossary.yaml:${glossaryEntryLine} (term "bad-term"): cite names "nosuchkey2020", which is not a citation key in references/. Fix: correct the key or use source: { title, url }.`,
    ],
  },
  {
    // The PDFs are printed beside Astro's search index; a printer that fails still fails the build.
    name: 'a PDF printer that fails',
    breakIt: (folder) => {
      const path = join(folder, 'scripts/build-pdfs.ts');
      writeFileSync(path, `throw new Error('the PDF printer is broken on purpose');\n${readFileSync(path, 'utf8')}`);
    },
    expected: ['the PDF printer is broken on purpose', 'The build failed at "manual PDFs"'],
  },
  {
    // The other way round: the search index fails as soon as the PDFs have started; they are stopped.
    name: 'a search index that fails while the PDFs are printed',
    breakIt: replace(
      'src/integrations/pagefind.ts',
      "'astro:build:done': async ({ dir, logger }) => {",
      "'astro:build:done': async ({ dir, logger }) => {\n        await new Promise((done) => setTimeout(done, 200));\n        throw new Error('the search index is broken on purpose');",
    ),
    expected: ['the search index is broken on purpose', 'The build failed at "Astro build"'],
    absent: [/^PDF: /m, /The PDF build failed/],
  },
  {
    name: 'an MDX syntax error',
    breakIt: append('content/taxonomy/chime/hope.mdx', '\nAn unclosed <Cite keys="leamy2011conceptual" \n'),
    expected: [/content\/taxonomy\/chime\/hope\.mdx/],
  },
];

describe('a build with bad input fails, names the problem and the fix, and publishes nothing', () => {
  it.concurrent.each(CASES)('$name', async ({ breakIt, expected, absent = [] }) => {
    const folder = copyProject();
    try {
      breakIt(folder);
      const { status, output, distExists } = buildProject(folder);
      expect(status, output).not.toBe(0);
      for (const fragment of expected) {
        if (typeof fragment === 'string') expect(output).toContain(fragment);
        else expect(output).toMatch(fragment);
      }
      expect(output).toContain('Nothing was published');
      for (const fragment of absent) expect(output).not.toMatch(fragment);
      expect(distExists).toBe(false);
      await new Promise((done) => setTimeout(done, 1500));
      expect(existsSync(join(folder, 'dist.staging'))).toBe(false);
      expect(existsSync(join(folder, 'dist'))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
