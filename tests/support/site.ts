import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of the built site, as the path a browser asks for ("/", "/about/", …). */
export function listBuiltPages(dist = 'dist'): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return walk(path);
      return name === 'index.html' ? [`/${relative(dist, folder)}/`.replace(/\/+/g, '/')] : [];
    });
  return walk(dist).sort();
}

/** Reads RIS records into tag → values maps (enough to check an export, not a general parser). */
export function readRis(text: string): Map<string, string[]>[] {
  const records: Map<string, string[]>[] = [];
  let current: Map<string, string[]> | undefined;
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) continue;
    const [, tag = '', value = ''] = match;
    if (tag === 'TY') current = new Map();
    if (!current) throw new Error(`RIS: "${line}" comes before any TY line`);
    current.set(tag, [...(current.get(tag) ?? []), value]);
    if (tag === 'ER') {
      records.push(current);
      current = undefined;
    }
  }
  if (current) throw new Error('RIS: the last record has no ER line');
  return records;
}
