import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../schemas/changes.ts';
import { buildChangesFeed, changeTagUri } from './atom-feed.ts';

const changes: Change[] = [
  { id: 'older', date: new Date('2026-11-27'), kind: 'added', title: 'Added <two> & more', summary: 'Two publications were added to the list.', publications: ['k1'], pages: [] },
  { id: 'newer', date: new Date('2026-12-01'), kind: 'site', title: 'Site change', summary: 'The pages now show review dates.', publications: [], pages: ['/about/'] },
];
const site = {
  title: 'Evidence',
  owner: 'Owners',
  url: (path: string) => new URL(path.slice(1), 'https://example.net/refocus/').href,
  publicationTitles: new Map([['k1', 'A title with <angle> brackets']]),
};

describe('buildChangesFeed', () => {
  const xml = buildChangesFeed(changes, site);
  const feed = parseFeed(xml).toJSON();

  it('reads back as Atom 1.0 with absolute self and alternate links under the base path', () => {
    expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(feed.self).toBe('https://example.net/refocus/changes.atom');
    expect(feed.url).toBe('https://example.net/refocus/changes/');
    expect(feed.updated).toBe('2026-12-01T00:00:00.000Z');
  });

  it('has one entry per change, newest first, with text kept exactly (escaped markup read back as text)', () => {
    expect(feed.items.map((item) => item.id)).toEqual(['tag:example.net,2026-12-01:changes/newer', 'tag:example.net,2026-11-27:changes/older']);
    expect(feed.items[1]?.title).toBe('Added <two> & more');
    expect(feed.items[1]?.url).toBe('https://example.net/refocus/changes/#older');
    expect(feed.items[1]?.description).toBe('Two publications were added to the list.');
    expect(feed.items[1]?.content).toContain('<a href="https://example.net/refocus/publications/k1/">');
    // In the HTML content, the title's markup characters are escaped, so readers show them as text.
    expect(xml).toContain('A title with &lt;angle&gt; brackets</a>');
    expect(feed.items[0]?.content).toContain('<a href="https://example.net/refocus/about/">');
  });

  it('is the same text for the same changes (no build time in it)', () => {
    expect(buildChangesFeed(changes, site)).toBe(xml);
  });
});

describe('changeTagUri', () => {
  it('depends on host, date and id only', () => {
    expect(changeTagUri('example.net', { id: 'a', date: new Date('2026-12-01') })).toBe('tag:example.net,2026-12-01:changes/a');
  });
});
