/** What the BibTeX writer needs of a publication: the entry as written in references/. */
export interface BibtexEntryInput {
  key: string;
  entryType: string;
  fields: { name: string; value: string; monthMacro?: string }[];
}

/** Fields that belong to a reference manager or to this site, not to a citation. */
const SITE_ONLY_FIELDS = new Set(['file', 'owner', 'timestamp', 'date-added', 'date-modified', 'pmcid', 'keywords', 'groups', 'ranking', 'readstatus', 'priority']);

/**
 * Rewrites fields that no BibTeX or biblatex data model knows into their standard form:
 * a PubMed id becomes `eprint` with `eprinttype = {pubmed}`, as biblatex documents.
 */
function standardiseFields(fields: BibtexEntryInput['fields']): BibtexEntryInput['fields'] {
  const pmid = fields.find((field) => field.name === 'pmid');
  const kept = fields.filter((field) => field.name !== 'pmid' && !SITE_ONLY_FIELDS.has(field.name) && !field.name.startsWith('x-'));
  if (pmid && !kept.some((field) => field.name === 'eprint')) {
    kept.push({ name: 'eprint', value: pmid.value }, { name: 'eprinttype', value: 'pubmed' });
  }
  return kept;
}

/**
 * Writes one entry as BibTeX, keeping the source's values exactly (protective braces, LaTeX
 * commands, the month macro), in the source's field order. Values are braced, which BibTeX reads
 * the same as quoted ones; macros from @string are already expanded, so the entry stands alone.
 */
export function formatBibtexEntry(entry: BibtexEntryInput): string {
  const fields = standardiseFields(entry.fields);
  const width = Math.max(0, ...fields.map((field) => field.name.length));
  const lines = fields.map((field) => {
    const value = field.monthMacro ?? `{${field.value.trim()}}`;
    return `  ${field.name.padEnd(width)} = ${value}`;
  });
  return `@${entry.entryType}{${entry.key},\n${lines.join(',\n')}\n}\n`;
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
  return `${text.split('\n').map((line) => `% ${line}`).join('\n')}\n\n`;
}

/**
 * Joins BibTeX files written by {@link formatBibtex} into one: an entry in several files (a shared
 * crossref parent) is kept once, where it first appears; comment blocks are dropped.
 */
export function joinBibtex(files: string[]): string {
  const entries = files.flatMap((file) => file.split(/(?=^@)/m)).map((entry) => entry.trim());
  const kept = new Set(entries.filter((entry) => entry !== '' && !entry.startsWith('%')));
  return `${[...kept].join('\n\n')}\n`;
}
