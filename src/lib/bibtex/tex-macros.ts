/** A macro defined with \def, \newcommand, \renewcommand or \providecommand. */
export interface TexMacro {
  name: string;
  /** How many arguments (#1 … #9) the macro takes. */
  parameters: number;
  body: string;
}

/** Macros by name. */
export type MacroTable = Map<string, TexMacro>;

const NEWCOMMAND = /\\(newcommand|renewcommand|providecommand|DeclareRobustCommand)\*?\s*(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))\s*(?:\[(\d)\])?\s*(\[)?/y;
const DEF = /\\[gex]?def\s*\\([A-Za-z]+)((?:#\d)*)\s*\{/y;

/**
 * Reads the simple macro definitions in TeX text (a @preamble, a macro file): \def\name{…} and
 * \def\name#1#2{…}, and \newcommand, \renewcommand and \providecommand with or without a number of
 * arguments. Anything else in the text (\catcode changes, delimited parameters, optional
 * arguments) is passed over. Hand-written: citation-js reads values, not TeX programs.
 * `isDefined` says whether a name already has a meaning, which \providecommand leaves alone.
 */
export function readMacroDefinitions(text: string, table: MacroTable, isDefined: (name: string) => boolean): void {
  for (let at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 1)) {
    NEWCOMMAND.lastIndex = at;
    const command = NEWCOMMAND.exec(text);
    if (command) {
      const [, kind, braced, bare, count, optional] = command;
      const name = braced ?? bare ?? '';
      const body = readGroup(text, NEWCOMMAND.lastIndex);
      if (!body || optional) continue;
      if (kind === 'providecommand' && (table.has(name) || isDefined(name))) continue;
      table.set(name, { name, parameters: Number(count ?? 0), body: body.text });
      at = body.end - 1;
      continue;
    }
    DEF.lastIndex = at;
    const def = DEF.exec(text);
    if (def) {
      const body = readGroup(text, DEF.lastIndex - 1);
      if (!body) continue;
      const [, name = '', parameters = ''] = def;
      table.set(name, { name, parameters: parameters.length / 2, body: body.text });
      at = body.end - 1;
    }
  }
}

/** Files a TeX text loads with \input, \include or \usepackage, as written. */
export function findInputs(text: string): string[] {
  return [...text.matchAll(/\\(?:input|include|usepackage|RequirePackage)\s*(?:\[[^\]]*\])?\s*(?:\{([^}]+)\}|([^\s{}\\]+))/g)].flatMap((match) =>
    (match[1] ?? match[2] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  );
}

const MAX_EXPANSIONS = 1000;

/**
 * Replaces every use of a macro in the table by its body, arguments substituted, until none is
 * left (a macro whose expansion never ends stops after a bounded number of steps).
 */
export function expandMacros(value: string, table: MacroTable): string {
  if (table.size === 0 || !value.includes('\\')) return value;
  let text = value;
  let expansions = 0;
  for (let at = text.indexOf('\\'); at >= 0 && expansions < MAX_EXPANSIONS; at = text.indexOf('\\', at)) {
    const name = /^\\([A-Za-z]+|.)/.exec(text.slice(at))?.[1] ?? '';
    const macro = table.get(name);
    if (!macro) {
      at += 1 + name.length;
      continue;
    }
    let end = at + 1 + name.length;
    const args: string[] = [];
    for (let index = 0; index < macro.parameters; index++) {
      const argument = readArgument(text, end);
      if (!argument) break;
      args.push(argument.text);
      end = argument.end;
    }
    if (args.length < macro.parameters) {
      at = end;
      continue;
    }
    if (macro.parameters === 0 && /^[ \t]/.test(text.slice(end)) && /[A-Za-z]$/.test(name)) end += /^[ \t]+/.exec(text.slice(end))?.[0].length ?? 0;
    // An argument keeps its braces, so that its text stays protected from case changes as in BibTeX
    // (`\proglang{R}` keeps its capital in a sentence-cased title).
    const body = macro.body.replace(/#(\d)/g, (_match, digit: string) => `{${args[Number(digit) - 1] ?? ''}}`);
    // No braces around the body, as in TeX (a font switch in it applies to what follows); a body
    // ending in a control word is ended by a space, so that it does not run into the next letters.
    text = `${text.slice(0, at)}${body}${/\\[A-Za-z]+$/.test(body) ? ' ' : ''}${text.slice(end)}`;
    expansions += 1;
  }
  return text;
}

/** An argument: a braced group's contents, or a single character or control sequence. */
function readArgument(text: string, from: number): { text: string; end: number } | undefined {
  let at = from;
  while (/\s/.test(text[at] ?? '')) at += 1;
  if (text[at] === '{') return readGroup(text, at);
  const token = /^\\(?:[A-Za-z]+|.)|^[^\s{}]/.exec(text.slice(at))?.[0];
  return token ? { text: token, end: at + token.length } : undefined;
}

/** The contents of the braced group opening at `from` (after spaces), and where it ends. */
function readGroup(text: string, from: number): { text: string; end: number } | undefined {
  let at = from;
  while (/\s/.test(text[at] ?? '')) at += 1;
  if (text[at] !== '{') return undefined;
  let depth = 0;
  for (let index = at; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return { text: text.slice(at + 1, index), end: index + 1 };
  }
  return undefined;
}
