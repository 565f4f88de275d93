import { LineCounter, parseDocument, isSeq, isMap } from 'yaml';
import { CHANGE_KINDS, type Change, type ChangeKind } from '../../schemas/changes.ts';
import { reviewDate } from '../site/review-date.ts';

/**
 * The line of each entry of a changelog file, by id, for messages that name the line to fix.
 * Read from the YAML text itself, since Astro's file loader keeps no positions.
 */
export function entryLines(yamlText: string): Map<string, number> {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const lines = new Map<string, number>();
  if (!isSeq(document.contents)) return lines;
  for (const item of document.contents.items) {
    if (!isMap(item) || !item.range) continue;
    const id = item.get('id');
    if (typeof id === 'string') lines.set(id, lineCounter.linePos(item.range[0]).line);
  }
  return lines;
}

/**
 * Checks what the entries name: every publication key must be in references/ and, given the site's
 * paths, every page must be one the build made. One message per problem, naming file, line, entry
 * and fix.
 */
export function checkChanges(changes: readonly Change[], options: { file: string; lines: Map<string, number>; publicationKeys?: Set<string>; sitePaths?: Set<string> }): string[] {
  const { file, lines, publicationKeys, sitePaths } = options;
  const where = (change: Change) => `${file}:${lines.get(change.id) ?? '?'} (entry "${change.id}")`;
  const messages: string[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    if (seen.has(change.id)) messages.push(`${where(change)}: the id "${change.id}" is used twice. Fix: give each entry its own id.`);
    seen.add(change.id);
    for (const key of change.publications) {
      if (publicationKeys && !publicationKeys.has(key)) {
        messages.push(
          `${where(change)}: publications names "${key}", which is not a citation key in references/. Fix: correct the key, or name the page instead when the publication has left the evidence base.`,
        );
      }
    }
    for (const path of change.pages) {
      if (sitePaths && !sitePaths.has(path)) {
        messages.push(`${where(change)}: pages names "${path}", which the build did not make. Fix: correct the path (site paths start and end with "/", e.g. /evidence/theory/).`);
      }
    }
  }
  return messages;
}

/** Newest first; on one day, in the file's order reversed (the later line is the later change). */
export function newestFirst<T extends Pick<Change, 'date'>>(changes: readonly T[]): T[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || b.index - a.index)
    .map(({ change }) => change);
}

/** How many entries of each kind, every kind listed (zero included), in CHANGE_KINDS order. */
export function countByKind(changes: readonly Change[]): { kind: ChangeKind; count: number }[] {
  return (Object.keys(CHANGE_KINDS) as ChangeKind[]).map((kind) => ({ kind, count: changes.filter((change) => change.kind === kind).length }));
}

/** One line of a publication's history: the change's kind and date, and its anchor on /changes/. */
export interface HistoryItem {
  id: string;
  kind: ChangeKind;
  /** "Added on 27 November 2026" */
  text: string;
  /** The change's heading. */
  title: string;
  iso: string;
}

/** The changes that name a publication, oldest first, as its page lists them ("Added on … · Corrected on …"). */
export function historyOf(key: string, changes: readonly Change[]): HistoryItem[] {
  return newestFirst(changes.filter((change) => change.publications.includes(key)))
    .reverse()
    .map((change) => {
      const { text, iso } = reviewDate(change.date);
      const verb = change.kind === 'site' ? 'Changed' : CHANGE_KINDS[change.kind].label;
      return { id: change.id, kind: change.kind, text: `${verb} on ${text}`, title: change.title, iso };
    });
}
