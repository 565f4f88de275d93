import { argumentCount, isKnownCommand } from './latex-commands.ts';

const START = '\uE010';
const SHOWN = '\uE011';
const HIDDEN = '\uE012';
const MARKED = /\uE010([^\uE011\uE012]*)([\uE011\uE012])/g;

/** A LaTeX command in a field value that no table or macro defines. */
export interface UnknownCommand {
  name: string;
  /**
   * How it is shown: `name`, its name as plain text (`\VAX` as "VAX"); `argument`, only its braced
   * argument (`\rpackage{irace}` as "irace"); `switch`, only the text of the group it opens, as
   * for a font switch (`{\ssf BM2FONT}` as "BM2FONT").
   */
  shown: 'name' | 'argument' | 'switch';
}

/**
 * Finds the commands in a value that citation-js cannot show, and rewrites each so that it comes
 * out of citation-js as plain text without its backslash (see {@link UnknownCommand.shown}). The name travels through citation-js inside private-use marks (so a
 * command is only reported when its text reaches the CSL item; see {@link takeUnknownCommands}).
 * A command that takes a braced argument but is given a bare one (`\emph x`) gets braces, as TeX
 * reads it. Hand-written: citation-js leaves an unknown command in its output, backslash and all.
 */
export function markUnknownCommands(value: string): { value: string; unknown: UnknownCommand[] } {
  if (!value.includes('\\')) return { value, unknown: [] };
  const unknown: UnknownCommand[] = [];
  let output = '';
  let at = 0;
  for (let next = value.indexOf('\\'); next >= 0; next = value.indexOf('\\', at)) {
    output += value.slice(at, next);
    const name = /^\\([A-Za-z]+|[^A-Za-z])?/.exec(value.slice(next))?.[1] ?? '';
    at = next + 1 + name.length;
    if (!name) continue;
    if (isKnownCommand(name)) {
      output += `\\${name}`;
      if (argumentCount(name) === 1 && /^[A-Za-z]/.test(name)) {
        const bare = /^(\s*)([^\s{\\}$])/.exec(value.slice(at));
        if (bare) {
          output += `{${bare[2]}}`;
          at += bare[0].length;
        }
      }
      continue;
    }
    const shown = /^\{\s*[^\s}]/.test(value.slice(at)) ? 'argument' : value[next - 1] === '{' && /^\s+\S/.test(value.slice(at)) && /^[A-Za-z]/.test(name) ? 'switch' : 'name';
    unknown.push({ name, shown });
    if (shown === 'switch') at += /^\s+/.exec(value.slice(at))?.[0].length ?? 0;
    output += `${START}${name}${shown === 'name' ? SHOWN : HIDDEN}`;
  }
  return { value: output + value.slice(at), unknown };
}

/**
 * Removes the marks {@link markUnknownCommands} left in a converted value (recursively, through CSL
 * names and dates), keeping a command's name where it was shown, and returns the names found.
 */
export function takeUnknownCommands<T>(value: T, found: Set<string> = new Set()): { value: T; found: Set<string> } {
  if (typeof value === 'string') {
    if (!value.includes(START)) return { value, found };
    const cleaned = value.replace(MARKED, (_match, name: string, mode: string) => {
      found.add(name);
      return mode === SHOWN ? name : '';
    });
    return { value: cleaned as T, found };
  }
  if (Array.isArray(value)) return { value: value.map((inner) => takeUnknownCommands(inner, found).value) as T, found };
  if (value && typeof value === 'object') {
    return { value: Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, takeUnknownCommands(inner, found).value])) as T, found };
  }
  return { value, found };
}
