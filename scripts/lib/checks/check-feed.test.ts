import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/schemas/changes.ts';
import { compareFeedWithChanges, type ParsedFeed } from './check-feed.ts';

const siteUrl = (path: string) => new URL(path, 'https://example.net').href;
const change: Change = {
  id: '2026-12-01-fix',
  date: new Date('2026-12-01'),
  kind: 'corrected',
  title: 'A record corrected',
  summary: 'The page range of one record was corrected.',
  publications: [],
  pages: [],
};
const entry = (overrides: Partial<ParsedFeed['items'][number]> = {}): ParsedFeed['items'][number] => ({
  id: 'tag:example.net,2026-12-01:changes/2026-12-01-fix',
  title: 'A record corrected',
  url: 'https://example.net/changes/#2026-12-01-fix',
  updated: '2026-12-01T00:00:00.000Z',
  description: 'The page range of one record was corrected.',
  authors: [],
  categories: [{ term: 'corrected' }],
  ...overrides,
});
const feed = (overrides: Partial<ParsedFeed> = {}): ParsedFeed => ({
  meta: { type: 'atom', version: '1.0' },
  title: 'Changes',
  url: 'https://example.net/changes/',
  self: 'https://example.net/changes.atom',
  updated: '2026-12-01T00:00:00.000Z',
  authors: [{ name: 'Owner' }],
  items: [entry()],
  ...overrides,
});

describe('compareFeedWithChanges', () => {
  it('accepts a feed that matches its changelog', () => {
    expect(compareFeedWithChanges(feed(), [change], siteUrl)).toEqual([]);
  });

  it('names a change without an entry, and an entry without a change', () => {
    const other = { ...change, id: 'other' };
    expect(compareFeedWithChanges(feed(), [other], siteUrl)).toEqual([
      'the entry tag:example.net,2026-12-01:changes/2026-12-01-fix matches no change in the changelog',
      'the change "other" has no entry in the feed',
    ]);
  });

  it('finds a wrong date, title, link, summary and kind', () => {
    const problems = compareFeedWithChanges(
      feed({ items: [entry({ updated: '2026-11-30T00:00:00Z', title: 'Other', url: 'https://example.net/changes/', description: 'x', categories: [] })] }),
      [change],
      siteUrl,
    );
    expect(problems).toHaveLength(5);
    expect(problems[1]).toContain('dated 2026-11-30, not 2026-12-01');
  });

  it('requires absolute self and alternate links under the site address', () => {
    expect(compareFeedWithChanges(feed({ self: '/changes.atom', url: null }), [change], siteUrl)).toEqual([
      'its self link is /changes.atom, not https://example.net/changes.atom',
      'its alternate link is null, not https://example.net/changes/',
    ]);
  });

  it('requires an author on the feed or on every entry, and unique entry ids', () => {
    const problems = compareFeedWithChanges(feed({ authors: [], items: [entry(), entry()] }), [change], siteUrl);
    expect(problems).toContain('the entry id tag:example.net,2026-12-01:changes/2026-12-01-fix is used twice');
    expect(problems).toContain('the entry for "2026-12-01-fix" has no author, and neither has the feed (RFC 4287 section 4.1.1)');
  });

  it('reads an RSS feed as a problem', () => {
    expect(compareFeedWithChanges(feed({ meta: { type: 'rss', version: '2.0' } }), [change], siteUrl)[0]).toBe('the feed is read as rss 2.0, not Atom 1.0');
  });
});
