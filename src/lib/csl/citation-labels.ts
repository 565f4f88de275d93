import type { CslItem, CslName } from './csl-item.ts';

/**
 * The year of an item as a reader says it: "2011", "535 BCE" (CSL's year -535), a literal date as
 * written, a publication status ("in press"), or "n.d." as APA writes a missing date.
 */
export function yearOf(item: CslItem): string {
  const year = item.issued?.['date-parts']?.[0]?.[0];
  if (year === undefined || year === null || year === '') return item.issued?.literal ?? (typeof item.status === 'string' ? item.status : 'n.d.');
  return Number(year) < 0 ? `${-Number(year)} BCE` : String(year);
}

/** How a name is cited in text: the family name, or the whole name of an organisation. */
export function citedName(name: CslName): string {
  const particle = name['non-dropping-particle'] ? `${name['non-dropping-particle']} ` : '';
  return `${particle}${name.family ?? name.literal ?? name.given ?? ''}`.trim();
}

/** An item's site-wide in-text label and the letter its year takes in reference lists. */
export interface CitationLabel {
  /** "Leamy et al., 2011", "Slade, Bird, et al., 2015", "Bird et al., 2014a". */
  label: string;
  /** "" or "a", "b"…: added after the year wherever the item is cited or listed (APA 7, 8.19). */
  yearSuffix: string;
}

const authorsOf = (item: CslItem): CslName[] => (item.author?.length ? item.author : (item.editor ?? []));

/** One person, compared as APA compares authors: family name and initials, case and accents folded. */
function personKey(name: CslName): string {
  const initials = (name.given ?? '')
    .split(/[\s.-]+/)
    .filter(Boolean)
    .map((part) => part[0])
    .join('');
  return `${citedName(name)}|${initials}`.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const listKey = (names: CslName[]): string => names.map(personKey).join(';');
/** A name as the label shows it, folded: what a reader could confuse. */
const shownKey = (name: CslName): string => citedName(name).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const initialsOf = (name: CslName) =>
  (name.given ?? '')
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join(' ');

/** The author part of a label with the first `shown` names written out (APA 7, 8.17–8.18). */
function namePart(item: CslItem, shown: number): string {
  const names = authorsOf(item).map(citedName);
  if (names.length === 0) return item.title ?? item.id;
  if (names.length === 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} & ${names[1]}`;
  if (shown >= names.length) return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  if (shown <= 1) return `${names[0]} et al.`;
  return `${names.slice(0, shown).join(', ')}, et al.`;
}

/** Fewest names that tell this author list apart from every other list in its group. */
function namesNeeded(names: CslName[], others: CslName[][]): number {
  if (names.length < 3) return names.length;
  const keys = names.map(shownKey);
  for (let shown = 1; shown < names.length; shown++) {
    const clash = others.some((other) => other.length >= shown && keys.slice(0, shown).every((key, index) => shownKey(other[index] as CslName) === key));
    if (!clash) return shown;
  }
  return names.length;
}

/** A title as APA alphabetises it: without a leading article, case folded. */
const sortableTitle = (item: CslItem) => (item.title ?? '').replace(/^(a|an|the)\s+/i, '').toLowerCase();

/**
 * Gives every item an author–year label for in-text citations, over the whole bibliography so that a
 * label means the same on every page, following APA 7: where "et al." would make different author lists
 * look alike, as many names are written as tell them apart ("Slade, Bird, et al., 2015"); only identical
 * author lists in the same year take letters, in title order ("Bird et al., 2014a"). The letters are
 * returned separately so that reference lists can show them too.
 */
export function assignCitationLabels(items: CslItem[]): Map<string, CitationLabel> {
  const groups = new Map<string, CslItem[]>();
  for (const item of items) {
    const base = `${namePart(item, 1)}|${yearOf(item)}`;
    groups.set(base, [...(groups.get(base) ?? []), item]);
  }
  const labels = new Map<string, CitationLabel>();
  for (const group of groups.values()) {
    const lists = new Map<string, CslName[]>(group.map((item) => [listKey(authorsOf(item)), authorsOf(item)]));
    const byList = new Map<string, CslItem[]>();
    for (const item of group) byList.set(listKey(authorsOf(item)), [...(byList.get(listKey(authorsOf(item))) ?? []), item]);
    const shownLists = new Map([...lists].map(([key, names]) => [key, names.map(shownKey).join(';')]));
    for (const [key, sameAuthors] of byList) {
      const others = [...lists].filter(([other]) => other !== key).map(([, names]) => names);
      const shown = others.length === 0 ? 1 : namesNeeded(lists.get(key) ?? [], others);
      // Different people whose names read the same: APA adds the first author's initials (8.20).
      const lookAlike = [...shownLists].some(([other, shownList]) => other !== key && shownList === shownLists.get(key));
      const first = authorsOf(sameAuthors[0] as CslItem)[0];
      const prefix = lookAlike && first ? `${initialsOf(first)} ` : '';
      const ordered = [...sameAuthors].sort((a, b) => sortableTitle(a).localeCompare(sortableTitle(b)) || a.id.localeCompare(b.id));
      ordered.forEach((item, index) => {
        const year = yearOf(item);
        const letter = ordered.length > 1 ? String.fromCharCode(97 + (index % 26)) : '';
        const yearSuffix = letter && year === 'n.d.' ? `-${letter}` : letter;
        labels.set(item.id, { label: `${prefix}${namePart(item, shown)}, ${year}${yearSuffix}`, yearSuffix });
      });
    }
  }
  return labels;
}
