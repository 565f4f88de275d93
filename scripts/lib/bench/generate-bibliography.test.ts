import { expect, it } from 'vitest';
import { loadBibliography } from '../../../src/lib/bibtex/load-bibliography.ts';
import { generateBibliography } from './generate-bibliography.ts';

it('generates the same loadable bibliography for the same seed', () => {
  const text = generateBibliography(200, 7);
  expect(generateBibliography(200, 7)).toBe(text);
  expect(generateBibliography(200, 8)).not.toBe(text);
  const publications = loadBibliography([{ file: 'bench.bib', text }]);
  expect(publications).toHaveLength(200);
  expect(new Set(publications.map((publication) => publication.entryType))).toEqual(new Set(['article', 'book', 'techreport']));
});
