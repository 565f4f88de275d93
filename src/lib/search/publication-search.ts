import { yearOf } from '../csl/citation-labels.ts';
import type { CslItem, CslName } from '../csl/csl-item.ts';

/** A string without its accents: "Agnès Pérez" → "Agnes Perez". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .normalize('NFC');
}

function familyName(name: CslName): string {
  return [name['non-dropping-particle'], name.family ?? name.literal].filter(Boolean).join(' ');
}

/**
 * The forms a reader may type for an author's family name: as written ("Le Boutillier"), run
 * together ("LeBoutillier"), its last part ("Boutillier"), and each without accents.
 */
export function nameSearchForms(name: CslName): string[] {
  const family = familyName(name).trim();
  if (!family) return [];
  const parts = family.split(/[\s-]+/).filter(Boolean);
  const forms = [family];
  if (parts.length > 1) forms.push(parts.join(''), parts.at(-1) ?? '');
  return [...new Set([...forms, ...forms.map(foldDiacritics)])].filter(Boolean);
}

/**
 * A publication's `names` search metadata: every author's name forms and the year, so that
 * "boutillier", "Le Boutillier" and "Slade 2015" find it and rank it above pages that merely mention them.
 */
export function buildNameSearchText(item: CslItem): string {
  const names = [...(item.author ?? []), ...(item.editor ?? [])];
  return [...new Set(names.flatMap(nameSearchForms)), yearOf(item)].join(' ');
}

/**
 * Authors as a result shows them: family names, "&" before the last; past six, the first five,
 * an ellipsis and the last (as APA does), so the senior author stays visible.
 */
export function formatResultAuthors(item: CslItem, truncated = false): string {
  const names = (item.author?.length ? item.author : (item.editor ?? [])).map(familyName).filter(Boolean);
  if (names.length === 0) return '';
  const last = names.at(-1) ?? '';
  const list = names.length === 1 ? last : names.length <= 6 ? `${names.slice(0, -1).join(', ')} & ${last}` : `${names.slice(0, 5).join(', ')} … ${last}`;
  return truncated ? `${list} and others` : list;
}

/** Joins a list for a single Pagefind meta value; SEARCH_META_SEPARATOR splits it again. */
export const SEARCH_META_SEPARATOR = '; ';

/**
 * The attributes that give Pagefind a page's metadata from data-* attributes rather than text,
 * so values may hold commas and nothing is shown: `data-pagefind-meta="key[data-meta-key], …"`.
 * Empty values are left out.
 */
export function toPagefindMetaAttributes(meta: Record<string, string | undefined>): Record<string, string> {
  const entries = Object.entries(meta).filter((entry): entry is [string, string] => Boolean(entry[1]));
  for (const [name] of entries) {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`Search metadata name "${name}" must be lower-case letters, digits and underscores.`);
  }
  return Object.fromEntries([
    ['data-pagefind-meta', entries.map(([name]) => `${name}[data-meta-${name}]`).join(', ')],
    ...entries.map(([name, value]) => [`data-meta-${name}`, value]),
  ]);
}
