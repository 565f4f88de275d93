/** What the matcher needs of a glossary term. */
export interface MatchableTerm {
  id: string;
  term: string;
  aliases: string[];
}

/** One place a term occurs in a text. */
export interface TermMatch {
  id: string;
  index: number;
  text: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The spellings a term is found by: its heading and aliases as written, and, for a spelling whose only
 * capital is its first letter ("Psychosis", "Usual care"), the same with a small first letter, since
 * prose uses it mid-sentence. Spellings with other capitals (acronyms, names: "QPR", "NHS Trusts")
 * match only as written, so "SAFE" never marks "safe".
 */
export function spellingsOf(term: MatchableTerm): string[] {
  const spellings = new Set<string>();
  for (const spelling of [term.term, ...term.aliases]) {
    spellings.add(spelling);
    const rest = spelling.slice(1);
    if (rest === rest.toLowerCase()) spellings.add(spelling.charAt(0).toLowerCase() + rest);
  }
  return [...spellings];
}

/**
 * A function that finds, left to right, every whole-word occurrence of any term's spellings in a
 * text, the longest spelling winning where two start at one place ("complex health interventions"
 * before "complex interventions"). A spelling inside a longer word or hyphenated compound is not an
 * occurrence ("focus group" is not found in "REFOCUS group", "recovery" not in "recovery-orientated").
 * One regular expression over all spellings, so a page is scanned once whatever the glossary's size.
 */
export function termMatcher(terms: readonly MatchableTerm[]): (text: string) => TermMatch[] {
  const idOf = new Map<string, string>();
  for (const term of terms) for (const spelling of spellingsOf(term)) if (!idOf.has(spelling)) idOf.set(spelling, term.id);
  if (idOf.size === 0) return () => [];
  const alternatives = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_]|-\\p{L})`, 'gu');
  return (text) => [...text.matchAll(pattern)].map((match) => ({ id: idOf.get(match[0]) ?? '', index: match.index, text: match[0] }));
}
