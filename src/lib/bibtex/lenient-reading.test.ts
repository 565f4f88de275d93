/**
 * Entries BibTeX and biber accept with a warning, read from fixtures named after the case
 * (tests/fixtures/bibtex/lenient): each is built and shown sensibly, and each warning is pinned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yearOf } from '../csl/citation-labels.ts';
import { describePublication } from '../csl/describe-publication.ts';
import { formatBibliography } from '../csl/format-reference.ts';
import { loadBibliography, type LoadedPublication } from './load-bibliography.ts';
import { BibliographyError } from './problems.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/bibtex/lenient');
const load = (name: string, strict = false): LoadedPublication => {
  const [publication] = loadBibliography([{ file: name, text: readFileSync(join(FIXTURES, name), 'utf8') }], { strictFiles: strict ? [name] : [] });
  if (!publication) throw new Error(`${name} holds no entry`);
  return publication;
};
const warningsOf = (publication: LoadedPublication) =>
  publication.warnings.map((warning) => `${warning.file}:${warning.line} (${warning.key}): ${warning.message}. Fix: ${warning.fix}`);

/** For each fixture: how the year is shown on pages, the start of its APA reference, and its warnings, pinned. */
const CASES: Record<string, { year: string; title: string; apa: string; warnings: string[] }> = {
  'misc without title.bib': {
    year: '2004',
    title: '[Work in progress]',
    apa: 'Bachoore, E. (2004).',
    warnings: ['misc without title.bib:1 (Bachoore04): the entry has no title; it is listed as "[Work in progress]". Fix: if the work has a title, add it as title = {…}'],
  },
  'misc without title or note.bib': {
    year: '2004',
    title: '[Untitled]',
    apa: 'Author, A. (2004).',
    warnings: ['misc without title or note.bib:1 (untitled): the entry has no title; it is listed as "[Untitled]". Fix: if the work has a title, add it as title = {…}'],
  },
  'entry without year.bib': {
    year: 'n.d.',
    title: 'Treewidth of planar graphs',
    apa: 'Bakker, E. M., & van Leeuwen, J. (n.d.). Treewidth of planar graphs.',
    warnings: ['entry without year.bib:1 (BakkerLT94): the entry has no year; it is shown as n.d. (no date). Fix: if the work gives a date, add it as year = {…} (or date = {…})'],
  },
  'year 535 BCE.bib': {
    year: '535 BCE',
    title: 'Elegies',
    apa: 'Theognis. (535 B.C.E.). Elegies.',
    warnings: [
      'year 535 BCE.bib:4 (theognis): the year field holds "535 BCE", which is not a plain year; it is shown as the year 535 before the common era (535 BCE). Fix: none needed if that is right (BibTeX styles print the year as written and sort it as text)',
    ],
  },
  'year August, 2005.bib': {
    year: '2005',
    title: 'A talk',
    apa: 'Author, A. (2005, August). A talk.',
    warnings: [
      'year August, 2005.bib:5 (august): the year field holds "August, 2005", which is not a plain year; it is shown as August 2005. Fix: write the year and the month apart: year = {2005}, month = aug',
    ],
  },
  'year in press.bib': {
    year: 'in press',
    title: 'Pressing matters',
    apa: 'Doe, J. (in press). Pressing matters.',
    warnings: [
      'year in press.bib:5 (pressing): the year field holds "In press", which is not a plain year; it is shown as the publication status "in press". Fix: when the work is published, write the year it gives as year = {…}',
    ],
  },
  'year forthcoming.bib': {
    year: 'forthcoming',
    title: 'Later matters',
    apa: 'Doe, J. (forthcoming). Later matters.',
    warnings: [
      'year forthcoming.bib:5 (later): the year field holds "forthcoming", which is not a plain year; it is shown as the publication status "forthcoming". Fix: when the work is published, write the year it gives as year = {…}',
    ],
  },
  'year with no digits.bib': {
    year: 'n.d.',
    title: 'Unknown date',
    apa: 'Doe, J. (n.d.). Unknown date.',
    warnings: [
      'year with no digits.bib:5 (unknown): the year field holds "???", which is not a plain year; it is shown as n.d. (no date). Fix: write the year the work gives as year = {…}, or remove the field if it gives none',
    ],
  },
  'year as a range.bib': {
    year: '1998/99',
    title: 'A two-year work',
    apa: 'Doe, J. (1998/99). A two-year work.',
    warnings: [
      'year as a range.bib:4 (range): the year field holds "1998/99", which is not a plain year; it is shown as "1998/99", as written. Fix: if the work gives a single year, write it as year = {…}; a range can be written date = {start/end}',
    ],
  },
};

describe('entries BibTeX accepts with a warning, outside the annotated bibliography', () => {
  it('has a pinned expectation for every fixture', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s: built, shown sensibly, and listed as a warning with file and line', (name, expected) => {
    const publication = load(name);
    expect(yearOf(publication.csl)).toBe(expected.year);
    expect(describePublication(publication.csl).title).toBe(expected.title);
    expect(formatBibliography([publication.csl]).get(publication.key)?.apa.text).toContain(expected.apa);
    expect(warningsOf(publication)).toEqual(expected.warnings);
  });

  it('never suggests a value the source does not hold: every number in a fix is in the file', () => {
    for (const name of Object.keys(CASES)) {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      for (const warning of load(name).warnings) for (const number of warning.fix.match(/\d+/g) ?? []) expect(text).toContain(number);
    }
  });
});

describe('the same entries in a strict file (the annotated bibliography) are errors', () => {
  const errorsOf = (name: string) => {
    try {
      load(name, true);
    } catch (error) {
      if (error instanceof BibliographyError) return error.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}. Fix: ${problem.fix}`);
      throw error;
    }
    throw new Error(`${name} was accepted in a strict file`);
  };

  it('no title, no year, a year that is not a number', () => {
    expect(errorsOf('misc without title.bib')).toEqual(['misc without title.bib:1: the entry has no title. Fix: add the title the work gives, as title = {…}']);
    expect(errorsOf('entry without year.bib')).toEqual(['entry without year.bib:1: the entry has no year. Fix: add the year the work gives, as year = {…} (or date = {…})']);
    expect(errorsOf('year August, 2005.bib')).toEqual([
      'year August, 2005.bib:5: the year field holds "August, 2005", which is not a plain year. Fix: write the year and the month apart: year = {2005}, month = aug',
    ]);
  });
});
