/**
 * Edits one entry of a BibTeX text the way an author would: a word added to the title of the entry
 * with this citation key (the last entry with a title when no key is given). For the bench's
 * "edit one entry, then rebuild" run. Throws naming the key when there is no such entry or title.
 */
export function editOneEntry(text: string, key?: string): { text: string; key: string } {
  const entries = [...text.matchAll(/@(\w+)\s*\{\s*([^,\s]+)\s*,/g)].filter((match) => !/^(string|preamble|comment)$/i.test(match[1] ?? ''));
  const candidates = key === undefined ? entries.reverse() : entries.filter((match) => match[2] === key);
  for (const entry of candidates) {
    const start = entry.index ?? 0;
    const next = text.indexOf('\n@', start + 1);
    const end = next < 0 ? text.length : next;
    const title = /(\btitle\s*=\s*[{"])/i.exec(text.slice(start, end));
    if (!title) continue;
    const at = start + title.index + title[0].length;
    return { text: `${text.slice(0, at)}Edited ${text.slice(at)}`, key: entry[2] ?? '' };
  }
  throw new Error(`editOneEntry: ${key === undefined ? 'no entry with a title' : `no entry "${key}" with a title`} in the text. Fix: give a bibliography with a titled entry.`);
}
