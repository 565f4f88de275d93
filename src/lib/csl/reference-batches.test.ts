import { describe, expect, it } from 'vitest';
import type { CslItem } from './csl-item.ts';
import { batchesWithoutAmbiguity, citationIdentity } from './reference-batches.ts';

const item = (id: string, family?: string, title = `Title ${id}`): CslItem => ({
  id,
  type: 'article-journal',
  title,
  ...(family ? { author: [{ family, given: 'A' }] } : {}),
  issued: { 'date-parts': [[2011]] },
});

describe('citationIdentity', () => {
  it('is the first name, case-folded, or the title when the item names no one', () => {
    expect(citationIdentity(item('a', 'Slade'))).toBe(citationIdentity(item('b', 'SLADE')));
    expect(citationIdentity(item('a', 'Slade'))).not.toBe(citationIdentity(item('b', 'Leamy')));
    expect(citationIdentity({ id: 'e', type: 'book', title: 'T', editor: [{ literal: 'NIHR' }] })).toBe('name:nihr');
    expect(citationIdentity(item('x', undefined, 'Recovery'))).toBe('title:recovery');
    expect(citationIdentity(item('k', 'Köksalan'))).toBe(citationIdentity(item('l', 'Koksalan')));
    const givenOnly = (id: string, given: string): CslItem => ({ id, type: 'book', title: id, author: [{ given }] });
    expect(citationIdentity(givenOnly('m', 'Joshua D. Knowles'))).toBe(citationIdentity(givenOnly('n', 'Murat Köksalan')));
  });
});

describe('batchesWithoutAmbiguity', () => {
  it('keeps every item exactly once, in batches no larger than asked', () => {
    const items = Array.from({ length: 95 }, (_, index) => item(`k${index}`, `Author${index % 7}`));
    const batches = batchesWithoutAmbiguity(items, 10);
    expect(
      batches
        .flat()
        .map((each) => each.id)
        .sort(),
    ).toEqual(items.map((each) => each.id).sort());
    expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThanOrEqual(10);
  });

  it('never puts two items with the same first author (or the same title, without names) in one batch', () => {
    const items = [item('a', 'Slade'), item('b', 'Slade'), item('c', 'Leamy'), item('d', 'slade'), item('e', undefined, 'Same'), item('f', undefined, 'Same')];
    for (const batch of batchesWithoutAmbiguity(items, 10)) {
      const identities = batch.map(citationIdentity);
      expect(new Set(identities).size).toBe(identities.length);
    }
  });

  it('stays linear when one author wrote everything', () => {
    const items = Array.from({ length: 5000 }, (_, index) => item(`k${index}`, 'Dorigo'));
    const batches = batchesWithoutAmbiguity(items, 10);
    expect(batches).toHaveLength(5000);
  });
});
