import { expect, it } from 'vitest';
import { loadBibliography } from '../bibtex/load-bibliography.ts';
import { toPlainValue } from '../csl/rich-text.ts';
import { formatChapterBibtex, formatChapterCitationText } from './cite-chapter.ts';

const citation = {
  slug: 'supporting-goal-striving',
  chapterTitle: 'Supporting goal-striving',
  manualTitle: 'The REFOCUS manual: a practitioner’s summary',
  siteTitle: 'REFOCUS Evidence',
  version: '1.2',
  date: '2026-11-27',
  url: 'https://example.org/manual/supporting-goal-striving/',
};

it('writes a chapter citation as @incollection that loads back with its book, version and date', () => {
  const bib = formatChapterBibtex(citation);
  expect(bib).toContain('booktitle = {The {REFOCUS} manual: a practitioner’s summary}');
  const [entry] = loadBibliography([{ file: 'chapter.bib', text: bib }]);
  expect(entry?.key).toBe('refocusmanual-supporting-goal-striving');
  expect(bib).toMatch(/^@incollection\{/);
  expect(toPlainValue(entry?.csl)).toMatchObject({
    type: 'chapter',
    title: 'Supporting goal-striving',
    'container-title': 'The REFOCUS manual: a practitioner’s summary',
    editor: [{ family: 'REFOCUS Evidence' }],
    URL: citation.url,
  });
  expect(entry?.csl.note).toBe(`Version 1.2 of 2026-11-27. Available at ${citation.url}`);
});

it('formats the citation text with the version and date', () => {
  expect(formatChapterCitationText(citation)).toBe(
    'REFOCUS Evidence contributors (2026). Supporting goal-striving. In The REFOCUS manual: a practitioner’s summary (version 1.2, 2026-11-27). REFOCUS Evidence. https://example.org/manual/supporting-goal-striving/',
  );
});
