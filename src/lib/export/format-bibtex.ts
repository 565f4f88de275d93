import { normaliseAccents } from '../bibtex/normalise-accents.ts';

/** What the BibTeX writer needs of a publication: the entry as written in references/. */
export interface BibtexEntryInput {
  key: string;
  entryType: string;
  fields: { name: string; value: string; monthMacro?: string }[];
  /** A warning to keep with the entry (an incomplete record), written as a comment line just above it. */
  caveat?: string;
}

/** Fields that belong to a reference manager or to this site, not to a citation. */
const SITE_ONLY_FIELDS = new Set(['file', 'owner', 'timestamp', 'date-added', 'date-modified', 'pmcid', 'keywords', 'groups', 'ranking', 'readstatus', 'priority']);

/**
 * biblatex entry types that plain.bst and apalike.bst do not define (they warn and print them as
 * @misc), written as the BibTeX type that means the same. Zotero reads @misc as a document.
 */
const BIBTEX_TYPE_OF: Record<string, string> = { online: 'misc', www: 'misc', electronic: 'misc', dataset: 'misc', software: 'misc', report: 'techreport', thesis: 'phdthesis' };

/** The entry type the BibTeX export writes for an entry type of the source. */
export function exportedEntryType(entry: Pick<BibtexEntryInput, 'entryType' | 'fields'>): string {
  const type = entry.fields.find((field) => field.name === 'type')?.value ?? '';
  if (entry.entryType === 'thesis' && /^(master|ma\b|m\.a\.|msc|m\.sc\.|mathesis)/i.test(type.trim())) return 'mastersthesis';
  return BIBTEX_TYPE_OF[entry.entryType] ?? entry.entryType;
}

/** An accent on an accented letter (`{\~{\^e}}`), which Zotero's BibTeX reader gets wrong: written as the letter. */
const STACKED_ACCENT = /\{\\['`^"~=.uvHcdbkr]\s*\{\\['`^"~=.uvHcdbkr]\s*(?:\{[A-Za-z]\}|[A-Za-z])\}\}|\\['`^"~=.uvHcdbkr]\s*\{\\['`^"~=.uvHcdbkr]\s*(?:\{[A-Za-z]\}|[A-Za-z])\}/g;

/** Entry types whose `series` is numbered. */
const SERIES_ENTRY_TYPES = new Set(['book', 'inbook', 'incollection', 'inproceedings', 'proceedings']);

/**
 * Rewrites fields that no BibTeX or biblatex data model knows into their standard form, so that
 * biber validates the entry and BibTeX styles and Zotero read it:
 *   - a PubMed id becomes `eprint` with `eprinttype = {pubmed}`, as biblatex documents;
 *   - a PubMed Central id becomes a sentence of `note`, "PMCID: PMC…" (no data model has a field
 *     for it; Zotero files a note starting "PMCID" in Extra, and the NIH asks for it in references);
 *   - an article's `number` without a `volume` becomes `issue` (biblatex's field for it), because
 *     plain.bst warns about a number with no volume;
 *   - a book's (or chapter's) `volume` in a `series`, with no `number`, is its number in the series:
 *     `number`, which plain.bst prints as "number 4 in …" and Zotero reads as the series number.
 */
function standardiseFields(entry: BibtexEntryInput): BibtexEntryInput['fields'] {
  const { fields } = entry;
  const value = (name: string) => fields.find((field) => field.name === name)?.value;
  const pmid = value('pmid');
  const pmcid = value('pmcid');
  const orphanNumber = entry.entryType === 'article' && value('volume') === undefined && value('issue') === undefined;
  const seriesNumber = SERIES_ENTRY_TYPES.has(entry.entryType) && value('series') !== undefined && value('number') === undefined;
  const renamed: Record<string, string | undefined> = { number: orphanNumber ? 'issue' : undefined, volume: seriesNumber ? 'number' : undefined };
  const kept = fields
    .filter((field) => field.name !== 'pmid' && field.name !== 'note' && !SITE_ONLY_FIELDS.has(field.name) && !field.name.startsWith('x-'))
    .map((field) => ({ ...field, name: renamed[field.name] ?? field.name }));
  const url = value('url');
  if (BIBTEX_TYPE_OF[entry.entryType] === 'misc' && url && value('howpublished') === undefined) kept.push({ name: 'howpublished', value: `\\url{${url}}` });
  if (pmid && value('eprint') === undefined) kept.push({ name: 'eprint', value: pmid }, { name: 'eprinttype', value: 'pubmed' });
  const note = [value('note'), pmcid ? `PMCID: ${pmcid.trim()}` : undefined].filter(Boolean).join('. ');
  if (note) kept.push({ name: 'note', value: note });
  return kept;
}

/**
 * Writes one entry as BibTeX, keeping the source's values exactly (protective braces, LaTeX
 * commands, the month macro), in the source's field order. Values are braced, which BibTeX reads
 * the same as quoted ones; macros from @string are already expanded, so the entry stands alone.
 */
export function formatBibtexEntry(entry: BibtexEntryInput): string {
  const fields = standardiseFields(entry);
  const width = Math.max(0, ...fields.map((field) => field.name.length));
  const lines = fields.map((field) => {
    const value = field.monthMacro ?? `{${field.value.trim().replace(STACKED_ACCENT, normaliseAccents)}}`;
    return `  ${field.name.padEnd(width)} = ${value}`;
  });
  const caveat = entry.caveat ? formatBibtexComment(entry.caveat).trimEnd() + '\n' : '';
  return `${caveat}@${exportedEntryType(entry)}{${entry.key},\n${lines.join(',\n')}\n}\n`;
}

/**
 * Writes several entries. Entries that others `crossref` go last, because BibTeX only resolves a
 * cross-reference to an entry that comes after every entry citing it.
 */
export function formatBibtex(entries: BibtexEntryInput[]): string {
  const referenced = new Set(entries.flatMap((entry) => entry.fields.filter((field) => field.name === 'crossref').map((field) => field.value.trim().toLowerCase())));
  const ordered = [...entries.filter((entry) => !referenced.has(entry.key.toLowerCase())), ...entries.filter((entry) => referenced.has(entry.key.toLowerCase()))];
  return ordered.map(formatBibtexEntry).join('\n');
}

/** Text as a BibTeX comment block (`% ` before each line), followed by a blank line. */
export function formatBibtexComment(text: string): string {
  return `${text
    .split('\n')
    .map((line) => `% ${line}`)
    .join('\n')}\n\n`;
}

/** The entries of a file written by {@link formatBibtex}, each with the comment lines directly above it, trimmed; heading comments dropped. */
export function splitBibtexEntries(file: string): string[] {
  return file
    .split(ENTRY_START)
    .map((entry) => entry.trim())
    .filter((entry) => /^@/m.test(entry));
}

/** Where one entry begins: at its `@`, or at the comment lines directly above it (its caveat). */
const ENTRY_START = /(?<!^%[^\n]*\n)(?=^(?:%[^\n]*\n)*@)/m;

/**
 * Joins BibTeX files written by {@link formatBibtex} into one: an entry in several files (a shared
 * crossref parent) is kept once, where it first appears, with the comment lines directly above it;
 * the files' heading comments are dropped.
 */
export function joinBibtex(files: string[]): string {
  const kept = new Set(files.flatMap(splitBibtexEntries));
  return `${[...kept].join('\n\n')}\n`;
}
