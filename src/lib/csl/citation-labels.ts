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

function authorPart(item: CslItem): string {
  const names = item.author?.length ? item.author : (item.editor ?? []);
  const [first, second] = names;
  if (!first) return item.title ?? item.id;
  if (names.length === 1) return citedName(first);
  if (names.length === 2 && second) return `${citedName(first)} & ${citedName(second)}`;
  return `${citedName(first)} et al.`;
}

/**
 * Gives every item an author–year label for in-text citations ("Leamy et al., 2011"). Items that
 * would share a label get a, b, c… after the year, in title order, as APA asks; the labels are
 * computed over the whole bibliography so that a label means the same on every page.
 */
export function assignCitationLabels(items: CslItem[]): Map<string, string> {
  const groups = new Map<string, CslItem[]>();
  for (const item of items) {
    const base = `${authorPart(item)}, ${yearOf(item)}`;
    groups.set(base, [...(groups.get(base) ?? []), item]);
  }
  const labels = new Map<string, string>();
  for (const [base, group] of groups) {
    if (group.length === 1) {
      labels.set(group[0]?.id ?? '', base);
      continue;
    }
    const ordered = [...group].sort((a, b) => (a.title ?? '').localeCompare(b.title ?? '') || a.id.localeCompare(b.id));
    ordered.forEach((item, index) => labels.set(item.id, `${base}${String.fromCharCode(97 + (index % 26))}`));
  }
  return labels;
}
