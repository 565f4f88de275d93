import { expect, it } from 'vitest';
import { loadBibliography } from './load-bibliography.ts';
import { normaliseAccents } from './normalise-accents.ts';

it('writes an accent on a dotless i, in every form, as the letter í', () => {
  expect(normaliseAccents("Mart{\\'\\i}n Mart\\'{\\i}n Mart\\'\\i n Mart{\\'{\\i}}n \\v{\\j} Nguy{\\~{\\^e}}n")).toBe('Martín Martín Martín Martín ǰ Nguy{ễ}n');
});

it('keeps the case protection of a braced letter, and leaves other commands alone', () => {
  expect(normaliseAccents("Caf\\'{e} \\'{E}cole {\\'E}cole Fran\\c{c}ois Fran\\c c \\v{S}koda \\cite{x} \\url{y} \\emph{e} \\\"u")).toBe(
    'Café {É}cole École François Franç {Š}koda \\cite{x} \\url{y} \\emph{e} ü',
  );
});

it('gives single accented letters in sentence-cased titles and in names', () => {
  const text = "@article{k, title = {Caf\\'{e} with Mart{\\'\\i}n and Fran\\c{c}ois at the \\'{E}cole}, author = {Mart\\'{\\i}nez, Jos\\'{e}}, year = {2000}}";
  const [entry] = loadBibliography([{ file: 'x.bib', text }]);
  expect(entry?.csl.title).toBe('Café with martín and françois at the École');
  expect(entry?.csl.author).toEqual([{ family: 'Martínez', given: 'José' }]);
});
