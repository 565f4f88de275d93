import type { CslItem } from '../csl/csl-item.ts';
import { untitledTitle } from '../csl/describe-publication.ts';
import type { BibtexProblem } from './problems.ts';
import { readYear } from './read-date.ts';
import type { ResolvedEntry } from './resolve-macros.ts';

/** An entry's title and date checked: the item to show, and what to report. */
export interface EssentialsCheck {
  csl: CslItem;
  problems: BibtexProblem[];
  warnings: BibtexProblem[];
}

/**
 * Checks that an entry has a title and a plain year. In a strict file (the annotated REFOCUS
 * bibliography) a missing or unreadable one is an error. Elsewhere the entry is read as BibTeX and
 * biber read it: shown without a title, as n.d., or with the year read as a reader would (see
 * read-date.ts), and each such reading is a warning. Messages say what is there, never a value to
 * make up.
 */
export function checkEssentials(entry: ResolvedEntry, item: CslItem, strict: boolean): EssentialsCheck {
  const csl: CslItem = { ...item };
  const problems: BibtexProblem[] = [];
  const warnings: BibtexProblem[] = [];
  const at = { file: entry.file, line: entry.line, key: entry.key };
  if (!csl.title?.trim()) {
    delete csl.title;
    if (strict) problems.push({ ...at, message: 'the entry has no title', fix: 'add the title the work gives, as title = {…}' });
    else warnings.push({ ...at, message: `the entry has no title; it is listed as "${untitledTitle(csl)}"`, fix: 'if the work has a title, add it as title = {…}' });
  }
  const year = csl.issued?.['date-parts']?.[0]?.[0];
  if (typeof year === 'number' || (typeof year === 'string' && /^-?\d+$/.test(year))) return { csl, problems, warnings };
  const field = entry.fields.find((candidate) => candidate.name === 'year') ?? entry.fields.find((candidate) => candidate.name === 'date');
  const written = csl.issued?.literal ?? csl.issued?.raw;
  if (written === undefined || !written.trim()) {
    delete csl.issued;
    if (strict) problems.push({ ...at, message: 'the entry has no year', fix: 'add the year the work gives, as year = {…} (or date = {…})' });
    else warnings.push({ ...at, message: 'the entry has no year; it is shown as n.d. (no date)', fix: 'if the work gives a date, add it as year = {…} (or date = {…})' });
    return { csl, problems, warnings };
  }
  const reading = readYear(written);
  const where = { ...at, line: field?.line ?? entry.line };
  const what = `the ${field?.name ?? 'year'} field holds "${written}", which is not a plain year`;
  if (strict) {
    problems.push({ ...where, message: what, fix: reading.fix });
    return { csl, problems, warnings };
  }
  delete csl.issued;
  if (reading.issued) csl.issued = reading.issued;
  if (reading.status) csl.status = reading.status;
  warnings.push({ ...where, message: `${what}; it is shown as ${reading.shownAs}`, fix: reading.fix });
  return { csl, problems, warnings };
}
