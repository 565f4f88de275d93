import { Feed } from 'feed';
import { CHANGE_KINDS, type Change } from '../../schemas/changes.ts';
import { newestFirst } from './changelog.ts';

/** What the feed says about the site and how it makes addresses absolute. */
export interface FeedSite {
  /** The site's name ("REFOCUS Evidence"). */
  title: string;
  /** Who keeps it: the feed's author. */
  owner: string;
  /** The full address of a site path (`/changes/` → `https://example.net/changes/`). */
  url: (path: string) => string;
  /** The published title of each publication, by citation key, for the entries' content. */
  publicationTitles: Map<string, string>;
}

/** The site path of the changelog page, of the feed, and of an entry's anchor. */
export const CHANGES_PATH = '/changes/';
export const FEED_PATH = '/changes.atom';
export const changeAnchor = (change: Pick<Change, 'id'>): string => `${CHANGES_PATH}#${change.id}`;

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * A tag URI (RFC 4151) for an entry: `tag:<host>,<date of the change>:changes/<id>`. It depends on
 * the entry's id and date, not on its title or text, so a corrected entry keeps its id; it changes
 * only if the site moves to another host name.
 */
export function changeTagUri(hostname: string, change: Pick<Change, 'id' | 'date'>): string {
  return `tag:${hostname},${isoDay(change.date)}:changes/${change.id}`;
}

/** The entry's content: its summary, then links to the publications and pages it concerns. */
function entryContent(change: Change, site: FeedSite): string {
  const links = [
    ...change.publications.map((key) => `<li><a href="${escapeHtml(site.url(`/publications/${key}/`))}">${escapeHtml(site.publicationTitles.get(key) ?? key)}</a></li>`),
    ...change.pages.map((path) => `<li><a href="${escapeHtml(site.url(path))}">${escapeHtml(site.url(path))}</a></li>`),
  ];
  return `<p>${escapeHtml(change.summary)}</p>${links.length > 0 ? `<ul>${links.join('')}</ul>` : ''}`;
}

/**
 * The Atom 1.0 feed (RFC 4287) of the changelog, newest entry first: one entry per change with a
 * stable tag URI id, the change's day as `updated`, a link to its anchor on /changes/, its kind as
 * category, its sentence as summary and, as content, the same with links to what it concerns.
 * Written with the `feed` library; scripts/check-feed.ts validates the result with jing.
 */
export function buildChangesFeed(changes: readonly Change[], site: FeedSite): string {
  const sorted = newestFirst(changes);
  const hostname = new URL(site.url('/')).hostname;
  const first = [...sorted].reverse()[0];
  const feed = new Feed({
    id: `tag:${hostname},${first ? isoDay(first.date) : '2026-01-01'}:changes`,
    title: `${site.title}: what changed`,
    description: 'Publications added, records corrected and pages revised, newest first.',
    link: site.url(CHANGES_PATH),
    feedLinks: { atom: site.url(FEED_PATH) },
    language: 'en-GB',
    // The newest change's day: the feed changes only when an entry does, so a rebuild leaves it byte-identical.
    updated: sorted[0]?.date ?? new Date(0),
    author: { name: site.owner, link: site.url('/about/') },
    generator: false,
  });
  for (const change of sorted) {
    feed.addItem({
      id: changeTagUri(hostname, change),
      title: escapeHtml(change.title),
      link: site.url(changeAnchor(change)),
      date: change.date,
      published: change.date,
      description: escapeHtml(change.summary),
      content: entryContent(change, site),
      category: [{ term: change.kind, name: CHANGE_KINDS[change.kind].label, scheme: site.url(CHANGES_PATH) }],
    });
  }
  return feed.atom1();
}
