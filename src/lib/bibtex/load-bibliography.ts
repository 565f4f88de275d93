import type { CslItem } from '../csl/csl-item.ts';
import { BibliographyError, type BibtexProblem } from './problems.ts';
import { resolveMacros, type ResolvedEntry, type ResolvedField } from './resolve-macros.ts';
import { scanBibtex, type RawEntry, type RawMacro } from './scan-bibtex.ts';
import { convertToCsl } from './to-csl.ts';

/** A .bib file's name and its text. */
export interface BibtexSource {
  file: string;
  text: string;
}

/** One bibliography entry, ready for pages and exports. */
export interface LoadedPublication {
  /** The citation key, exactly as written in the .bib file. */
  key: string;
  /** The BibTeX entry type, lower case (`article`, `book`, …). */
  entryType: string;
  /** The fields as written (macros expanded, LaTeX kept), for faithful BibTeX export. */
  fields: ResolvedField[];
  /** The CSL-JSON item citation-js made of the entry, for display, formatting and RIS. */
  csl: CslItem;
  /** True when the author list ended in `and others`. */
  authorsTruncated: boolean;
  file: string;
  line: number;
}

/** Entry types BibTeX and biblatex define (citation-js maps each of them to a CSL type). */
export const KNOWN_ENTRY_TYPES = new Set(
  ('article book mvbook inbook bookinbook booklet collection mvcollection incollection dataset manual misc ' +
    'online patent periodical proceedings mvproceedings inproceedings reference mvreference inreference ' +
    'report software thesis unpublished artwork audio image jurisdiction legislation legal letter movie ' +
    'music performance review standard video conference electronic mastersthesis phdthesis techreport www ' +
    'suppbook suppcollection suppperiodical set xdata').split(' '),
);

const BARE_DOI = /^10\.\d{4,9}\/\S+$/;
const DOI_URL_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;

/** A DOI written as a doi.org address or with a "doi:" prefix is the same DOI: keep only its bare form. */
export function normaliseDoi(value: string): string {
  return value.trim().replace(DOI_URL_PREFIX, '');
}

/**
 * Reads every .bib source into publications: one per data entry, none dropped. Collects every
 * problem across all files (syntax, undefined macros, duplicate keys, unknown types, missing
 * title or year, malformed DOI) and throws one BibliographyError listing them all.
 */
export function loadBibliography(sources: BibtexSource[]): LoadedPublication[] {
  const problems: BibtexProblem[] = [];
  const macros: RawMacro[] = [];
  const rawEntries: RawEntry[] = [];
  for (const source of sources) {
    const scanned = scanBibtex(source.text, source.file);
    problems.push(...scanned.problems);
    macros.push(...scanned.macros);
    rawEntries.push(...scanned.entries);
    if (scanned.entries.length + scanned.macros.length + scanned.problems.length === 0) {
      problems.push({ file: source.file, line: 1, message: 'the file holds no entries and no @string definitions', fix: 'add at least one entry such as @article{key, …}, or delete the file' });
    }
  }
  const resolved = resolveMacros(macros, rawEntries);
  problems.push(...resolved.problems);
  problems.push(...findDuplicateKeys(resolved.entries), ...findFieldProblems(resolved.entries), ...findDuplicateDois(resolved.entries));

  const converted = convertToCsl(resolved.entries);
  const publications = resolved.entries.map((entry) => {
    const item = converted.get(entry.key);
    if (!item) throw new Error(`citation-js returned no item for "${entry.key}" (${entry.file}:${entry.line})`);
    return { key: entry.key, entryType: entry.type, fields: entry.fields, csl: item.csl, authorsTruncated: item.authorsTruncated, file: entry.file, line: entry.line };
  });
  problems.push(...findMissingEssentials(publications));
  if (problems.length > 0) throw new BibliographyError(problems);
  return publications;
}

function findDuplicateKeys(entries: ResolvedEntry[]): BibtexProblem[] {
  const firstByKey = new Map<string, ResolvedEntry>();
  const problems: BibtexProblem[] = [];
  for (const entry of entries) {
    const first = firstByKey.get(entry.key.toLowerCase());
    if (first) {
      problems.push({
        file: entry.file,
        line: entry.line,
        key: entry.key,
        message: `duplicate citation key: "${first.key}" is already used at ${first.file}:${first.line}`,
        fix: 'give one of the two entries another key (keys are compared without regard to case), or delete the copy',
      });
    } else firstByKey.set(entry.key.toLowerCase(), entry);
  }
  return problems;
}

function findFieldProblems(entries: ResolvedEntry[]): BibtexProblem[] {
  const problems: BibtexProblem[] = [];
  for (const entry of entries) {
    if (!KNOWN_ENTRY_TYPES.has(entry.type)) {
      problems.push({ file: entry.file, line: entry.line, key: entry.key, message: `unknown entry type "@${entry.type}"`, fix: 'use a BibTeX or biblatex type such as @article, @book, @incollection, @report or @misc' });
    }
    const doi = entry.fields.find((field) => field.name === 'doi');
    if (doi) doi.value = normaliseDoi(doi.value);
    if (doi && !BARE_DOI.test(doi.value)) {
      problems.push({ file: entry.file, line: doi.line, key: entry.key, message: `malformed DOI "${doi.value}"`, fix: 'write the DOI as it is registered, starting "10." and holding a "/", for example doi = {10.1192/bjp.bp.110.083733}' });
    }
  }
  return problems;
}

/** Two entries with one DOI are one publication entered twice. */
function findDuplicateDois(entries: ResolvedEntry[]): BibtexProblem[] {
  const firstByDoi = new Map<string, ResolvedEntry>();
  const problems: BibtexProblem[] = [];
  for (const entry of entries) {
    const doi = entry.fields.find((field) => field.name === 'doi')?.value.trim().toLowerCase();
    if (!doi) continue;
    const first = firstByDoi.get(doi);
    if (first) {
      problems.push({ file: entry.file, line: entry.line, key: entry.key, message: `the DOI ${doi} is also the DOI of "${first.key}" (${first.file}:${first.line})`, fix: 'keep one entry for the publication and cite it by that key, or correct the DOI' });
    } else firstByDoi.set(doi, entry);
  }
  return problems;
}

function findMissingEssentials(publications: LoadedPublication[]): BibtexProblem[] {
  const problems: BibtexProblem[] = [];
  for (const publication of publications) {
    const { csl, file, line, key } = publication;
    if (!csl.title?.trim()) {
      problems.push({ file, line, key, message: 'the entry has no title', fix: 'add title = {…}' });
    }
    const year = csl.issued?.['date-parts']?.[0]?.[0];
    if (year === undefined || year === null || year === '') {
      problems.push({ file, line, key, message: 'the entry has no year', fix: 'add year = {2014} (or date = {2014-05}); for unpublished work use the year written' });
    }
  }
  return problems;
}
