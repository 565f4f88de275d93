import { describe, expect, it } from 'vitest';
import { citedKeys, findCitations, findUnknownCitations, indexCitingDocuments } from './find-citations.ts';

const body =
  'Recovery has five processes <Cite keys="leamy2011conceptual" />.\n\nIt was validated <Cite keys="bird2014fit slade2012international" /> and <Cite keys=\'leamy2011conceptual\'/>.';

describe('findCitations', () => {
  it('finds every key with its line, in order', () => {
    expect(findCitations(body, 3)).toEqual([
      { key: 'leamy2011conceptual', line: 4 },
      { key: 'bird2014fit', line: 6 },
      { key: 'slade2012international', line: 6 },
      { key: 'leamy2011conceptual', line: 6 },
    ]);
    expect(citedKeys(body)).toEqual(['leamy2011conceptual', 'bird2014fit', 'slade2012international']);
  });

  it('ignores other components and text that only looks like a citation', () => {
    expect(findCitations('<Citation keys="x" /> and Cite keys="y" and <Cited keys="z"/>')).toEqual([]);
  });
});

describe('findUnknownCitations', () => {
  const document = { file: 'content/pages/home.mdx', href: '/', title: 'Home', body, bodyLineOffset: 4 };
  it('names the file, line and key, and suggests the fix', () => {
    expect(findUnknownCitations([document], new Set(['leamy2011conceptual', 'Bird2014fit']))).toEqual([
      'content/pages/home.mdx:7: unknown citation key "bird2014fit". Fix: did you mean "Bird2014fit"? Keys are case-sensitive.',
      'content/pages/home.mdx:7: unknown citation key "slade2012international". Fix: add the publication to a .bib file in references/, or correct the key.',
    ]);
  });
  it('is silent when every key is known', () => {
    expect(findUnknownCitations([document], new Set(['leamy2011conceptual', 'bird2014fit', 'slade2012international']))).toEqual([]);
  });
});

describe('indexCitingDocuments', () => {
  it('lists each citing page once per key', () => {
    const index = indexCitingDocuments([
      { file: 'a.mdx', href: '/a/', title: 'A', body },
      { file: 'b.mdx', href: '/b/', title: 'B', body: '<Cite keys="bird2014fit" />' },
    ]);
    expect(index.get('bird2014fit')?.map((document) => document.href)).toEqual(['/a/', '/b/']);
    expect(index.get('leamy2011conceptual')?.map((document) => document.href)).toEqual(['/a/']);
  });
});
