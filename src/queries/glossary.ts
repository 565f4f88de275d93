import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { entryLines } from '../lib/changes/changelog.ts';
import { GLOSSARY_FILE, GlossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';

/** A term's address on the site. */
export const glossaryHref = (id: string): string => `/glossary/#${id}`;

/**
 * Reads and validates the glossary (none when the file does not exist), failing with every problem at once, each naming the file, the
 * line, the term and the fix. Read with the file system rather than as a collection because the MDX
 * pipeline (astro.config.mjs) needs it before collections exist.
 */
export function readGlossary(file = GLOSSARY_FILE): GlossaryTerm[] {
  // The glossary is optional: a programme without one gets an empty /glossary/ and no marked terms.
  if (!existsSync(file)) return [];
  let text: string;
  let raw: unknown;
  try {
    text = readFileSync(file, 'utf8');
    raw = parse(text);
  } catch (error) {
    throw new Error(`${file} could not be read: ${(error as Error).message}. Fix: correct its YAML (docs/editing-content.md describes the glossary).`, { cause: error });
  }
  if (!Array.isArray(raw)) throw new Error(`${file}: the glossary must be a YAML list of terms ("- id: …"). Fix: see docs/editing-content.md.`);
  const lines = entryLines(text);
  const problems: string[] = [];
  const terms: GlossaryTerm[] = [];
  raw.forEach((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    const where = `${file}:${typeof id === 'string' ? (lines.get(id) ?? '?') : '?'} (term ${typeof id === 'string' ? `"${id}"` : `number ${index + 1}`})`;
    const parsed = GlossaryTermSchema.safeParse(entry);
    if (parsed.success) terms.push(parsed.data);
    else
      problems.push(...parsed.error.issues.map((issue) => `${where}: ${issue.path.join('.') || 'the entry'}: ${issue.message}. Fix: see docs/editing-content.md for the field.`));
  });
  const seen = new Map<string, string>();
  for (const term of terms) {
    for (const spelling of [term.term, ...term.aliases]) {
      const other = seen.get(spelling);
      if (other && other !== term.id)
        problems.push(`${file}:${lines.get(term.id) ?? '?'} (term "${term.id}"): "${spelling}" is also a spelling of "${other}". Fix: keep it in one term.`);
      seen.set(spelling, term.id);
    }
    if (terms.filter((candidate) => candidate.id === term.id).length > 1)
      problems.push(`${file}:${lines.get(term.id) ?? '?'}: the id "${term.id}" is used twice. Fix: give each term its own id.`);
  }
  if (problems.length > 0) throw new Error(`The glossary has ${problems.length} problem(s):\n${[...new Set(problems)].map((problem) => `  - ${problem}`).join('\n')}`);
  return terms.sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
}

/** This build's glossary, read once. */
export const GLOSSARY: GlossaryTerm[] = readGlossary();
