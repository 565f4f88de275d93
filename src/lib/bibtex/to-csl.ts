import '@citation-js/plugin-bibtex';
// citation-js ships no types for its BibTeX entry parser; this module keeps the one cast in one place.
// @ts-expect-error untyped internal module of @citation-js/plugin-bibtex
import { parse as parseBiblatexEntries } from '@citation-js/plugin-bibtex/lib/input/entries.js';
// @ts-expect-error untyped internal module of @citation-js/plugin-bibtex
import { parse as parseBibtexValue } from '@citation-js/plugin-bibtex/lib/input/value.js';
import type { CslItem } from '../csl/csl-item.ts';
import { maskAngles } from '../csl/rich-text.ts';
// @ts-expect-error untyped internal module of @citation-js/plugin-bibtex
import { fieldTypes } from '@citation-js/plugin-bibtex/lib/input/constants.js';
import { installLatexCommands } from './latex-commands.ts';
import { normaliseLatex } from './normalise-latex.ts';
import { refineCsl } from './refine-csl.ts';
import { protectNamedTitle } from './sentence-case.ts';
import { BibliographyError, type BibtexProblem } from './problems.ts';
import type { ResolvedEntry, ResolvedField } from './resolve-macros.ts';
import { expandMacros, type MacroTable } from './tex-macros.ts';
import { markUnknownCommands, takeUnknownCommands, type UnknownCommand } from './unknown-commands.ts';

interface CitationJsEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

const OTHERS = 'others';
/** Field kinds citation-js copies character for character (DOIs, URLs, files): no LaTeX is read there. */
const VERBATIM_KINDS = new Set(['verbatim', 'uri']);

/** An entry converted: its CSL item, and the undefined LaTeX commands of each field that reached it. */
export interface ConvertedEntry {
  csl: CslItem;
  authorsTruncated: boolean;
  /** Per field, the commands no table or macro defines, each shown as plain text in the item. */
  unknownCommands: { field: ResolvedField; commands: UnknownCommand[] }[];
}

/**
 * Converts resolved BibTeX entries to CSL-JSON with citation-js (LaTeX decoding, names, dates,
 * entry types, `crossref` inheritance). The result is CSL rich text: LaTeX formatting becomes
 * <i>, <b>… and literal angle brackets are masked (see ../csl/rich-text.ts). The BibTeX `and others` becomes no name at all, with
 * `authorsTruncated` set, so that no style prints a person called "others".
 */
export function convertToCsl(entries: ResolvedEntry[], macros: MacroTable = new Map()): Map<string, ConvertedEntry> {
  installLatexCommands();
  const unknownByKey = new Map<string, ConvertedEntry['unknownCommands']>();
  const input: CitationJsEntry[] = entries.map((entry) => {
    const unknownCommands: ConvertedEntry['unknownCommands'] = [];
    unknownByKey.set(entry.key, unknownCommands);
    const properties = entry.fields.map((field) => {
      const prepared = prepareValue(field, macros);
      if (prepared.unknown.length > 0) unknownCommands.push({ field, commands: prepared.unknown });
      return [field.name, field.monthMacro ? prepared.value : protectNamedTitle(field.name, prepared.value)];
    });
    return { type: entry.type, label: entry.key, properties: Object.fromEntries(properties) };
  });
  let items: CslItem[];
  try {
    items = parseBiblatexEntries(input) as CslItem[];
  } catch (error) {
    throw new BibliographyError(findUnreadableFields(entries, macros, error));
  }
  const converted = new Map<string, ConvertedEntry>();
  const entryByKey = new Map(entries.map((entry) => [entry.key, entry]));
  for (const item of items) {
    const entry = entryByKey.get(String(item.id));
    const { csl, truncated } = dropOthers(entry ? refineCsl(entry, item) : item);
    const { value, found } = takeUnknownCommands(csl);
    // Only commands whose text reached the item are reported (a field citation-js drops shows nothing).
    const unknownCommands = (unknownByKey.get(String(item.id)) ?? [])
      .map(({ field, commands }) => ({ field, commands: commands.filter((command) => found.has(command.name)) }))
      .filter(({ commands }) => commands.length > 0);
    converted.set(String(item.id), { csl: value, authorsTruncated: truncated, unknownCommands });
  }
  return converted;
}

/**
 * A field value as citation-js is given it: spaces collapsed, the file's TeX macros expanded,
 * LaTeX it cannot read rewritten, undefined commands marked, literal angle brackets masked.
 */
function prepareValue(field: ResolvedField, macros: MacroTable): { value: string; unknown: UnknownCommand[] } {
  if (field.monthMacro) return { value: field.monthMacro, unknown: [] };
  const collapsed = collapseSpaces(field.value);
  const kind = (fieldTypes as Record<string, string[] | undefined>)[field.name]?.[1] ?? '';
  if (VERBATIM_KINDS.has(kind)) return { value: maskAngles(collapsed), unknown: [] };
  const marked = markUnknownCommands(normaliseLatex(expandMacros(collapsed, macros)));
  return { value: maskAngles(marked.value), unknown: marked.unknown };
}

/**
 * BibTeX reads any run of spaces and line breaks as one space and ignores it at the ends of a value.
 * citation-js does not, and splits " David  Corne " (a name built from macros) into a given name
 * only, so values are collapsed first.
 */
function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * citation-js stops at the first value it cannot read, without saying where. This re-reads each
 * field on its own to name every entry and field at fault.
 */
function findUnreadableFields(entries: ResolvedEntry[], macros: MacroTable, batchError: unknown): BibtexProblem[] {
  const problems: BibtexProblem[] = [];
  for (const entry of entries) {
    for (const field of entry.fields) {
      try {
        parseBibtexValue(prepareValue(field, macros).value, field.name);
      } catch (error) {
        const reason = String((error as Error).message)
          .split('\n')[0]
          ?.replace(/ at line \d+ col \d+:?$/, '');
        problems.push({
          file: entry.file,
          line: field.line,
          key: entry.key,
          message: `the LaTeX in the field "${field.name}" cannot be read (${reason}): "${field.value.slice(0, 80)}"`,
          fix: 'close every $…$ and give every LaTeX command its argument in braces (\\emph{word}), or write the text as plain Unicode',
        });
      }
    }
  }
  if (problems.length === 0) throw batchError;
  return problems;
}

function dropOthers(item: CslItem): { csl: CslItem; truncated: boolean } {
  let truncated = false;
  const csl: CslItem = { ...item };
  for (const role of ['author', 'editor'] as const) {
    const names = item[role];
    if (!names) continue;
    const kept = names.filter((name) => !(name.family === OTHERS && !name.given));
    if (kept.length !== names.length) {
      truncated = truncated || role === 'author';
      csl[role] = kept;
    }
  }
  return { csl, truncated };
}
