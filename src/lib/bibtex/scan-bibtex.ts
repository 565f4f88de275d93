import type { BibtexProblem } from './problems.ts';

/** One piece of a field value: `{text}`, `"text"`, a bare number, or a @string macro name. */
export type ValuePart = { kind: 'text'; text: string } | { kind: 'number'; text: string } | { kind: 'macro'; name: string };

/** A field as written in the file: its parts, joined by `#`. */
export interface RawField {
  name: string;
  parts: ValuePart[];
  line: number;
}

/** A data entry (`@article{key, …}`) as written, before macros are expanded. */
export interface RawEntry {
  type: string;
  key: string;
  fields: RawField[];
  file: string;
  line: number;
}

/** A `@string{name = …}` definition. */
export interface RawMacro {
  name: string;
  parts: ValuePart[];
  file: string;
  line: number;
}

/** A `@preamble{…}`: TeX for the document, where a file may define the macros its fields use. */
export interface RawPreamble {
  parts: ValuePart[];
  file: string;
  line: number;
}

/** Everything one file holds, in order, plus the problems met while reading it. */
export interface ScannedFile {
  entries: RawEntry[];
  macros: RawMacro[];
  preambles: RawPreamble[];
  problems: BibtexProblem[];
}

const IDENTIFIER = /[^\s"#%'(),={}]+/y;
const CLOSERS: Record<string, string> = { '{': '}', '(': ')' };
/** A new entry at the start of a line: inside a value this means the value's braces never closed. */
const ENTRY_START_AT_LINE = /\n[ \t]*@[a-zA-Z]+[ \t]*[{(]/y;

class ScanFailure extends Error {
  readonly problem: Omit<BibtexProblem, 'file'>;
  constructor(problem: Omit<BibtexProblem, 'file'>) {
    super(problem.message);
    this.problem = problem;
  }
}

/**
 * Reads the structure of a BibTeX file: entries, fields, `@string` macros and `@preamble`s.
 * `@comment` and text between entries are skipped. Field values are kept as written, so the
 * export can reproduce them faithfully. A broken entry is reported and skipped; scanning goes
 * on at the next entry so that every problem in the file is reported at once.
 */
export function scanBibtex(text: string, file: string): ScannedFile {
  const result: ScannedFile = { entries: [], macros: [], preambles: [], problems: [] };
  const scanner = new Scanner(text);
  while (scanner.skipTo('@')) {
    const start = scanner.pos;
    try {
      scanner.pos += 1;
      readBlock(scanner, file, result);
    } catch (error) {
      if (!(error instanceof ScanFailure)) throw error;
      result.problems.push({ file, ...error.problem });
      scanner.pos = scanner.nextEntryAfter(start);
    }
  }
  return result;
}

function readBlock(scanner: Scanner, file: string, result: ScannedFile): void {
  const line = scanner.line();
  scanner.skipSpace();
  const type = scanner.readIdentifier()?.toLowerCase();
  if (!type) {
    throw new ScanFailure({
      line,
      message: 'an "@" is not followed by an entry type',
      fix: 'write the entry as @type{key, …}, or remove the stray "@" (in a comment, write "at" instead)',
    });
  }
  if (type === 'comment') {
    scanner.skipComment();
    return;
  }
  scanner.skipSpace();
  const opener = scanner.peek();
  if (opener !== '{' && opener !== '(') {
    throw new ScanFailure({ line, message: `@${type} is not followed by "{"`, fix: `write @${type}{key, field = {value}, …}` });
  }
  scanner.pos += 1;
  const closer = opener === '{' ? '}' : ')';
  if (type === 'preamble') {
    scanner.skipSpace();
    const parts = readExpression(scanner, line, undefined, 'the @preamble');
    expectClose(scanner, closer, line, undefined);
    result.preambles.push({ parts, file, line });
    return;
  }
  if (type === 'string') {
    scanner.skipSpace();
    const field = readField(scanner, undefined);
    expectClose(scanner, closer, line, undefined);
    result.macros.push({ name: field.name.toLowerCase(), parts: field.parts, file, line });
    return;
  }
  scanner.skipSpace();
  const key = scanner.readKey();
  if (!key) {
    throw new ScanFailure({ line, message: `the @${type} entry has no citation key`, fix: `write @${type}{yourkey2024, …}` });
  }
  scanner.skipSpace();
  const fields: RawField[] = [];
  if (scanner.peek() === ',') {
    scanner.pos += 1;
    readFields(scanner, key, closer, fields);
  }
  expectClose(scanner, closer, line, key);
  result.entries.push({ type, key, fields, file, line });
}

function readFields(scanner: Scanner, key: string, closer: string, fields: RawField[]): void {
  for (;;) {
    scanner.skipSpace();
    if (scanner.peek() === closer || scanner.atEnd()) return;
    const field = readField(scanner, key);
    fields.push(field);
    scanner.skipSpace();
    if (scanner.peek() === ',') {
      scanner.pos += 1;
      continue;
    }
    if (scanner.atEnd() && swallowedFields(field)) throw unbalancedBraces(field.line, key, `the field "${field.name}"`);
    if (scanner.peek() === closer || scanner.atEnd()) return;
    if (swallowedFields(field)) throw unbalancedBraces(field.line, key, `the field "${field.name}"`);
    throw new ScanFailure({
      line: scanner.line(),
      key,
      message: `a comma is missing after the field "${field.name}"`,
      fix: `add "," at the end of the "${field.name}" field (line ${field.line})`,
    });
  }
}

function readField(scanner: Scanner, key: string | undefined): RawField {
  const line = scanner.line();
  const name = scanner.readIdentifier();
  if (!name) {
    throw new ScanFailure({ line, key, message: `expected a field name but found "${scanner.peekSnippet()}"`, fix: 'write each field as name = {value}, separated by commas' });
  }
  scanner.skipSpace();
  if (scanner.peek() !== '=') {
    throw new ScanFailure({ line, key, message: `the field "${name}" has no "=" after its name`, fix: `write ${name} = {value}` });
  }
  scanner.pos += 1;
  scanner.skipSpace();
  const parts = readExpression(scanner, line, key, `the field "${name}"`);
  return { name: name.toLowerCase(), parts, line };
}

function readExpression(scanner: Scanner, line: number, key: string | undefined, what: string): ValuePart[] {
  const parts: ValuePart[] = [readPart(scanner, line, key, what)];
  scanner.skipSpace();
  while (scanner.peek() === '#') {
    scanner.pos += 1;
    scanner.skipSpace();
    parts.push(readPart(scanner, line, key, what));
    scanner.skipSpace();
  }
  return parts;
}

function readPart(scanner: Scanner, line: number, key: string | undefined, what: string): ValuePart {
  const char = scanner.peek();
  if (char === '{' || char === '"') {
    const text = scanner.readDelimited(char === '{' ? '}' : '"');
    if (text === undefined) throw unbalancedBraces(line, key, what);
    return { kind: 'text', text };
  }
  const word = scanner.readIdentifier();
  if (!word) {
    throw new ScanFailure({ line, key, message: `${what} has no value`, fix: 'give the value in braces, e.g. {value}' });
  }
  return /^\d+$/.test(word) ? { kind: 'number', text: word } : { kind: 'macro', name: word.toLowerCase() };
}

/** A value that runs over lines holding `name = {` has swallowed the fields after it: a "}" is missing. */
function swallowedFields(field: RawField): boolean {
  return field.parts.some((part) => part.kind === 'text' && /\n\s*[A-Za-z][\w-]*\s*=\s*[{"\d]/.test(part.text));
}

function unbalancedBraces(line: number, key: string | undefined, what: string): ScanFailure {
  return new ScanFailure({
    line,
    key,
    message: `unbalanced braces: ${what} opened on line ${line} is never closed`,
    fix: 'add the missing "}" (or remove the extra "{") so that every "{" in the value has a matching "}"',
  });
}

function expectClose(scanner: Scanner, closer: string, line: number, key: string | undefined): void {
  scanner.skipSpace();
  if (scanner.peek() === closer) {
    scanner.pos += 1;
    return;
  }
  throw new ScanFailure({
    line,
    key,
    message: `the entry starting on line ${line} is not closed with "${closer}"`,
    fix: `end the entry with "${closer}", and check that the braces inside it are balanced`,
  });
}

/** A cursor over the text with the few reads BibTeX needs. */
class Scanner {
  pos = 0;
  private readonly lineStarts: number[] = [0];
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }
  atEnd(): boolean {
    return this.pos >= this.text.length;
  }
  peek(): string {
    return this.text[this.pos] ?? '';
  }
  peekSnippet(): string {
    return this.text.slice(this.pos, this.pos + 20).split('\n')[0] ?? '';
  }
  /** 1-based line of the cursor. */
  line(at = this.pos): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
  skipTo(char: string): boolean {
    const index = this.text.indexOf(char, this.pos);
    if (index < 0) return false;
    this.pos = index;
    return true;
  }
  /** Skips white space and `%` line comments between tokens. */
  skipSpace(): void {
    for (;;) {
      const char = this.peek();
      if (char === '%') {
        const end = this.text.indexOf('\n', this.pos);
        this.pos = end < 0 ? this.text.length : end + 1;
      } else if (char !== '' && /\s/.test(char)) {
        this.pos += 1;
      } else return;
    }
  }
  readIdentifier(): string | undefined {
    IDENTIFIER.lastIndex = this.pos;
    const match = IDENTIFIER.exec(this.text);
    if (!match) return undefined;
    this.pos += match[0].length;
    return match[0];
  }
  readKey(): string | undefined {
    const match = /[^\s,{}()]+/y;
    match.lastIndex = this.pos;
    const found = match.exec(this.text);
    if (!found) return undefined;
    this.pos += found[0].length;
    return found[0];
  }
  /** Skips `@comment{…}` as a balanced block, or the rest of the line when no brace follows. */
  skipComment(): void {
    this.skipSpace();
    const opener = this.peek();
    if (opener === '{' || opener === '(') {
      if (this.readDelimited(CLOSERS[opener] ?? '}') !== undefined) return;
    }
    const end = this.text.indexOf('\n', this.pos);
    this.pos = end < 0 ? this.text.length : end + 1;
  }
  /**
   * Reads a value from its opening delimiter to the matching closer, keeping inner braces.
   * Returns undefined when the braces never balance, or when a new entry begins at the start
   * of a line first (the usual sign of a forgotten "}").
   */
  readDelimited(closer: string): string | undefined {
    const start = this.pos + 1;
    let depth = 0;
    for (let i = start; i < this.text.length; i++) {
      const char = this.text[i];
      if (char === '\\') {
        i += 1;
      } else if (char === '{') {
        depth += 1;
      } else if (char === '}' && depth > 0) {
        depth -= 1;
      } else if (char === closer && depth === 0) {
        this.pos = i + 1;
        return this.text.slice(start, i);
      } else if (char === '\n') {
        ENTRY_START_AT_LINE.lastIndex = i;
        if (ENTRY_START_AT_LINE.test(this.text)) return undefined;
      }
    }
    return undefined;
  }
  /** Where scanning resumes after a broken block: the next "@" that starts a line. */
  nextEntryAfter(start: number): number {
    const next = this.text.slice(start + 1).search(/\n[ \t]*@/);
    return next < 0 ? this.text.length : start + 1 + next + 1;
  }
}
