import { expect, it } from 'vitest';
import { loadBibliography } from '../../../src/lib/bibtex/load-bibliography.ts';
import { editOneEntry } from './edit-one-entry.ts';
import { generateBibliography } from './generate-bibliography.ts';

it('changes the title of exactly one entry, the last by default, and nothing else', () => {
  const text = generateBibliography(20, 3);
  const before = loadBibliography([{ file: 'bench.bib', text }]);
  const edited = editOneEntry(text);
  expect(edited.key).toBe('bench20');
  const after = loadBibliography([{ file: 'bench.bib', text: edited.text }]);
  const changed = after.filter((publication, index) => JSON.stringify(publication.csl) !== JSON.stringify(before[index]?.csl));
  expect(changed.map((publication) => publication.key)).toEqual(['bench20']);
  expect(String(changed[0]?.csl.title)).toMatch(/^Edited /);
});

it('edits the entry named, skipping @string, and names a key it cannot find', () => {
  const text = '@string{j = {J}}\n\n@article{a,\n  title = {One},\n  year = {2000}\n}\n\n@book{b,\n  title = "Two",\n  year = {2001}\n}\n';
  expect(editOneEntry(text, 'a').text).toContain('title = {Edited One}');
  expect(editOneEntry(text, 'a').text).toContain('title = "Two"');
  expect(() => editOneEntry(text, 'missing')).toThrow(/"missing"/);
});
