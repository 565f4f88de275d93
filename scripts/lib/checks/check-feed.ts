import type { Change } from '../../../src/schemas/changes.ts';

/** What the checks need of a feed as a feed parser reads it (@rowanmanning/feed-parser's toJSON()). */
export interface ParsedFeed {
  meta: { type: string; version: string | null };
  title: string | null;
  url: string | null;
  self: string | null;
  updated: string | null;
  authors: { name: string | null }[];
  items: {
    id: string | null;
    title: string | null;
    url: string | null;
    updated: string | null;
    description: string | null;
    authors: { name: string | null }[];
    categories: { term: string | null }[];
  }[];
}

const day = (date: Date | string | null): string | undefined => (date === null ? undefined : new Date(date).toISOString().slice(0, 10));

/**
 * Compares a feed, as a feed parser read it back, with the changelog it was made from: an Atom 1.0
 * feed whose self and alternate links are absolute under the site's address; one entry per change,
 * and no other, each with its id ending in `changes/<id>`, its title, its day as `updated`, an absolute
 * link to its anchor on /changes/, its summary and its kind; and the RFC 4287 rules a grammar cannot
 * state (an author for every entry, unique entry ids). Returns one message per problem.
 */
export function compareFeedWithChanges(feed: ParsedFeed, changes: readonly Change[], siteUrl: (path: string) => string): string[] {
  const problems: string[] = [];
  if (feed.meta.type !== 'atom' || feed.meta.version !== '1.0') problems.push(`the feed is read as ${feed.meta.type} ${feed.meta.version}, not Atom 1.0`);
  if (feed.self !== siteUrl('/changes.atom')) problems.push(`its self link is ${feed.self}, not ${siteUrl('/changes.atom')}`);
  if (feed.url !== siteUrl('/changes/')) problems.push(`its alternate link is ${feed.url}, not ${siteUrl('/changes/')}`);
  const newest = changes
    .map((change) => day(change.date))
    .sort()
    .at(-1);
  if (day(feed.updated) !== newest) problems.push(`it says it was updated on ${day(feed.updated)}, but the newest change is of ${newest}`);
  const ids = feed.items.map((item) => item.id);
  for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index))) problems.push(`the entry id ${id} is used twice`);
  for (const item of feed.items) {
    const change = changes.find((candidate) => item.id?.endsWith(`:changes/${candidate.id}`));
    if (!change) {
      problems.push(`the entry ${item.id} matches no change in the changelog`);
      continue;
    }
    const where = `the entry for "${change.id}"`;
    if (item.title !== change.title) problems.push(`${where} has the title "${item.title}", not "${change.title}"`);
    if (day(item.updated) !== day(change.date)) problems.push(`${where} is dated ${day(item.updated)}, not ${day(change.date)}`);
    if (item.url !== siteUrl(`/changes/#${change.id}`)) problems.push(`${where} links to ${item.url}, not ${siteUrl(`/changes/#${change.id}`)}`);
    if (item.description !== change.summary) problems.push(`${where} has a summary other than the change's`);
    if (!item.categories.some((category) => category.term === change.kind)) problems.push(`${where} is not filed under its kind "${change.kind}"`);
    if (feed.authors.length === 0 && item.authors.length === 0) problems.push(`${where} has no author, and neither has the feed (RFC 4287 section 4.1.1)`);
  }
  for (const change of changes) {
    if (!feed.items.some((item) => item.id?.endsWith(`:changes/${change.id}`))) problems.push(`the change "${change.id}" has no entry in the feed`);
  }
  return problems;
}
