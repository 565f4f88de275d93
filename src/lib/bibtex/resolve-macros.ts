import type { BibtexProblem } from './problems.ts';
import type { RawEntry, RawField, RawMacro, RawPreamble, ValuePart } from './scan-bibtex.ts';

/** BibTeX's predefined month macros, expanded as the standard styles do. */
export const MONTH_MACROS: Readonly<Record<string, string>> = {
  jan: 'January',
  feb: 'February',
  mar: 'March',
  apr: 'April',
  may: 'May',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  sep: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};

/** A field with its value expanded: macros replaced, `#` parts joined. */
export interface ResolvedField {
  name: string;
  /** The value as BibTeX sees it, LaTeX and protective braces kept. */
  value: string;
  /** The month macro the value was written as (`jan`), so exports can write it back unquoted. */
  monthMacro?: string;
  line: number;
}

/** An entry whose field values no longer depend on any @string definition. */
export interface ResolvedEntry {
  type: string;
  key: string;
  fields: ResolvedField[];
  file: string;
  line: number;
}

/**
 * Builds one macro table from the @string definitions of every file (in the order given, a later
 * definition replacing an earlier one, as BibTeX does when files are concatenated), then expands
 * every field and @preamble. Macros may be defined in another file than the one using them.
 */
export function resolveMacros(
  macros: RawMacro[],
  entries: RawEntry[],
  preambles: RawPreamble[] = [],
): { entries: ResolvedEntry[]; preambles: { text: string; file: string; line: number }[]; problems: BibtexProblem[] } {
  const problems: BibtexProblem[] = [];
  const definitions = new Map(macros.map((macro) => [macro.name, macro]));
  const expanded = new Map<string, string>(Object.entries(MONTH_MACROS));
  const expanding = new Set<string>();

  const expandMacro = (name: string, usedIn: { file: string; line: number; key?: string; field: string }): string => {
    const known = expanded.get(name);
    if (known !== undefined && !definitions.has(name)) return known;
    const definition = definitions.get(name);
    if (!definition) {
      problems.push({
        file: usedIn.file,
        line: usedIn.line,
        key: usedIn.key,
        message: `the field "${usedIn.field}" uses the undefined @string macro "${name}"`,
        fix: `define it with @string{${name} = {…}} in any file in references/, or put the value in braces: ${usedIn.field} = {${name}}`,
      });
      return '';
    }
    if (expanded.has(name)) return expanded.get(name) ?? '';
    if (expanding.has(name)) {
      problems.push({ file: definition.file, line: definition.line, message: `the @string macro "${name}" refers to itself`, fix: 'remove the circular reference' });
      return '';
    }
    expanding.add(name);
    const value = joinParts(definition.parts, (inner) => expandMacro(inner, { file: definition.file, line: definition.line, field: `@string ${name}` }));
    expanding.delete(name);
    expanded.set(name, value);
    return value;
  };

  const resolved = entries.map((entry) => ({
    ...entry,
    fields: entry.fields.map((field) => resolveField(field, (name) => expandMacro(name, { file: entry.file, line: field.line, key: entry.key, field: field.name }))),
  }));
  const preambleTexts = preambles.map((preamble) => ({
    file: preamble.file,
    line: preamble.line,
    text: joinParts(preamble.parts, (name) => expandMacro(name, { file: preamble.file, line: preamble.line, field: '@preamble' })),
  }));
  return { entries: resolved, preambles: preambleTexts, problems };
}

function resolveField(field: RawField, expand: (name: string) => string): ResolvedField {
  const only = field.parts.length === 1 ? field.parts[0] : undefined;
  const monthMacro = field.name === 'month' && only?.kind === 'macro' && only.name in MONTH_MACROS ? only.name : undefined;
  return { name: field.name, value: joinParts(field.parts, expand), line: field.line, ...(monthMacro ? { monthMacro } : {}) };
}

function joinParts(parts: ValuePart[], expand: (name: string) => string): string {
  return parts.map((part) => (part.kind === 'macro' ? expand(part.name) : part.text)).join('');
}
