import type { CslItem } from '../csl/csl-item.ts';
import { checkEssentials } from './check-essentials.ts';
import { isKnownCommand } from './latex-commands.ts';
import { BibliographyError, type BibtexProblem } from './problems.ts';
import { resolveMacros, type ResolvedEntry, type ResolvedField } from './resolve-macros.ts';
import { scanBibtex, type RawEntry, type RawMacro, type RawPreamble } from './scan-bibtex.ts';
import { findInputs, readMacroDefinitions, type MacroTable } from './tex-macros.ts';
import { convertToCsl, type ConvertedEntry } from './to-csl.ts';
import type { UnknownCommand } from './unknown-commands.ts';

/** A file of the bibliography folder: a .bib file, or a TeX macro file (.tex, .sty, .def) beside them. */
export interface BibtexSource {
  file: string;
  text: string;
}

/** Names of the TeX macro files read beside the .bib files: their \def and \newcommand define commands the fields use. */
export const MACRO_FILE = /\.(?:tex|sty|def)$/;

/** How to read a bibliography. */
export interface LoadOptions {
  /**
   * Files (as named in their source) where an entry without a title or a plain year is an error,
   * not a warning: the bibliography the site annotates, whose records must be complete.
   */
  strictFiles?: Iterable<string>;
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
  /** What was read leniently or could not be shown as written, each with file, line and what to fix. */
  warnings: BibtexProblem[];
}

/** Entry types BibTeX and biblatex define (citation-js maps each of them to a CSL type). */
export const KNOWN_ENTRY_TYPES = new Set(
  (
    'article book mvbook inbook bookinbook booklet collection mvcollection incollection dataset manual misc ' +
    'online patent periodical proceedings mvproceedings inproceedings reference mvreference inreference ' +
    'report software thesis unpublished artwork audio image jurisdiction legislation legal letter movie ' +
    'music performance review standard video conference electronic mastersthesis phdthesis techreport www ' +
    'suppbook suppcollection suppperiodical set xdata'
  ).split(' '),
);

const BARE_DOI = /^10\.\d{4,9}\/\S+$/;
const DOI_URL_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;

/** A DOI written as a doi.org address or with a "doi:" prefix is the same DOI: keep only its bare form. */
export function normaliseDoi(value: string): string {
  return value.trim().replace(DOI_URL_PREFIX, '');
}

/**
 * Reads every .bib source into publications: one per data entry, none dropped. Collects every
 * problem across all files (syntax, undefined macros, duplicate keys, unknown types, malformed
 * DOI; in a strict file, a missing title or year) and throws one BibliographyError listing them
 * all. What BibTeX would accept with a warning (no title, a year that is not a number, a LaTeX
 * command nothing defines) is read as BibTeX and biber read it, and listed in the entry's warnings.
 */
export function loadBibliography(sources: BibtexSource[], options: LoadOptions = {}): LoadedPublication[] {
  const strictFiles = new Set(options.strictFiles ?? []);
  const problems: BibtexProblem[] = [];
  const macros: RawMacro[] = [];
  const preambles: RawPreamble[] = [];
  const rawEntries: RawEntry[] = [];
  const bibSources = sources.filter((source) => !MACRO_FILE.test(source.file));
  for (const source of bibSources) {
    const scanned = scanBibtex(source.text, source.file);
    problems.push(...scanned.problems);
    macros.push(...scanned.macros);
    preambles.push(...scanned.preambles);
    rawEntries.push(...scanned.entries);
    if (scanned.entries.length + scanned.macros.length + scanned.preambles.length + scanned.problems.length === 0) {
      problems.push({
        file: source.file,
        line: 1,
        message: 'the file holds no entries and no @string definitions',
        fix: 'add at least one entry such as @article{key, …}, or delete the file',
      });
    }
  }
  const resolved = resolveMacros(macros, rawEntries, preambles);
  problems.push(...resolved.problems);
  problems.push(...findDuplicateKeys(resolved.entries), ...findFieldProblems(resolved.entries), ...findDuplicateDois(resolved.entries));

  const macroFiles = sources.filter((source) => MACRO_FILE.test(source.file));
  const texMacros: MacroTable = new Map();
  for (const text of [...macroFiles.map((source) => source.text), ...resolved.preambles.map((preamble) => preamble.text)]) readMacroDefinitions(text, texMacros, isKnownCommand);
  const missingInputs = findMissingInputs(resolved.preambles, macroFiles);

  const converted = convertToCsl(resolved.entries, texMacros);
  const publications = resolved.entries.map((entry) => {
    const item = converted.get(entry.key);
    if (!item) throw new Error(`citation-js returned no item for "${entry.key}" (${entry.file}:${entry.line})`);
    const essentials = checkEssentials(entry, item.csl, strictFiles.has(entry.file));
    problems.push(...essentials.problems);
    const warnings = [...essentials.warnings, ...describeUnknownCommands(entry, item, missingInputs)];
    return {
      key: entry.key,
      entryType: entry.type,
      fields: entry.fields,
      csl: essentials.csl,
      authorsTruncated: item.authorsTruncated,
      file: entry.file,
      line: entry.line,
      warnings,
    };
  });
  if (problems.length > 0) throw new BibliographyError(problems);
  return publications;
}

/** Files a @preamble loads with \input that are not among the macro files beside the .bib files, with the .bib file naming them. */
function findMissingInputs(preambles: { text: string; file: string }[], macroFiles: BibtexSource[]): { name: string; file: string }[] {
  const present = new Set(macroFiles.map((source) => source.file.split('/').pop() ?? ''));
  return preambles.flatMap((preamble) =>
    findInputs(preamble.text)
      .filter((name) => ![name, `${name}.tex`, `${name}.sty`].some((candidate) => present.has(candidate)))
      .map((name) => ({ name, file: preamble.file })),
  );
}

const SHOWN_AS: Record<UnknownCommand['shown'], (name: string) => string> = {
  name: (name) => `it is shown as the plain text "${name}"`,
  argument: () => 'only its argument is shown',
  switch: () => 'only the text it applies to is shown',
};

function describeUnknownCommands(entry: ResolvedEntry, item: ConvertedEntry, missingInputs: { name: string; file: string }[]): BibtexProblem[] {
  const inputs = [...new Set(missingInputs.map((input) => input.name))];
  const from = [...new Set(missingInputs.map((input) => input.file))].join(', ');
  return item.unknownCommands.flatMap(({ field, commands }) =>
    [...new Map(commands.map((command) => [command.name, command])).values()].map((command) => ({
      file: entry.file,
      line: field.line,
      key: entry.key,
      message: `the field "${field.name}" uses the LaTeX command \\${command.name}, which is not defined; ${SHOWN_AS[command.shown](command.name)}`,
      fix:
        (inputs.length > 0 ? `put ${inputs.join(' and ')} (which the @preamble of ${from} loads with \\input) beside the .bib files, or ` : '') +
        `define \\${command.name} in a @preamble or in a .tex, .sty or .def file beside the .bib files, e.g. \\providecommand{\\${command.name}}${command.shown === 'argument' ? '[1]{#1}' : '{…}'}, or write the text without it`,
    })),
  );
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
      problems.push({
        file: entry.file,
        line: entry.line,
        key: entry.key,
        message: `unknown entry type "@${entry.type}"`,
        fix: 'use a BibTeX or biblatex type such as @article, @book, @incollection, @report or @misc',
      });
    }
    const doi = entry.fields.find((field) => field.name === 'doi');
    if (doi) doi.value = normaliseDoi(doi.value);
    if (doi && !BARE_DOI.test(doi.value)) {
      problems.push({
        file: entry.file,
        line: doi.line,
        key: entry.key,
        message: `malformed DOI "${doi.value}"`,
        fix: 'write the DOI as it is registered, starting "10." and holding a "/", for example doi = {10.1192/bjp.bp.110.083733}',
      });
    }
  }
  return problems;
}

/** Two entries with one DOI are one publication entered twice. */
function findDuplicateDois(entries: ResolvedEntry[]): BibtexProblem[] {
  const firstByDoi = new Map<string, ResolvedEntry>();
  const problems: BibtexProblem[] = [];
  for (const entry of entries) {
    const doi = entry.fields
      .find((field) => field.name === 'doi')
      ?.value.trim()
      .toLowerCase();
    if (!doi) continue;
    const first = firstByDoi.get(doi);
    if (first) {
      problems.push({
        file: entry.file,
        line: entry.line,
        key: entry.key,
        message: `the DOI ${doi} is also the DOI of "${first.key}" (${first.file}:${first.line})`,
        fix: 'keep one entry for the publication and cite it by that key, or correct the DOI',
      });
    } else firstByDoi.set(doi, entry);
  }
  return problems;
}
