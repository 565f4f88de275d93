import { describe, expect, it } from 'vitest';
import { combineExports, formatBasketReferences, parseBasket, toggleBasketItem } from './basket-state.ts';

const a = { key: 'a', title: 'A', apa: 'Zed, A. (2020). A.' };
const b = { key: 'b', title: 'B', apa: 'Able, B. (2019). B.' };

describe('cite basket state', () => {
  it('adds once and removes', () => {
    const once = toggleBasketItem(toggleBasketItem([], a, true), a, true);
    expect(once).toEqual([a]);
    expect(toggleBasketItem([a, b], a, false)).toEqual([b]);
  });

  it('reads back what it stored and ignores malformed storage', () => {
    expect(parseBasket(JSON.stringify([a, { key: 1 }, b]))).toEqual([a, b]);
    expect(parseBasket('{not json')).toEqual([]);
    expect(parseBasket(null)).toEqual([]);
  });

  it('formats references alphabetically', () => {
    expect(formatBasketReferences([a, b])).toBe('Able, B. (2019). B.\n\nZed, A. (2020). A.');
  });
});

describe('combineExports', () => {
  it('keeps a shared crossref parent once in BibTeX', () => {
    const one = '@inproceedings{x,\n  crossref = {p}\n}\n\n@proceedings{p,\n  title = {P}\n}\n';
    const two = '@inproceedings{y,\n  crossref = {p}\n}\n\n@proceedings{p,\n  title = {P}\n}\n';
    expect(combineExports('bib', [one, two])).toBe('@inproceedings{x,\n  crossref = {p}\n}\n\n@proceedings{p,\n  title = {P}\n}\n\n@inproceedings{y,\n  crossref = {p}\n}\n');
  });

  it('joins RIS records and merges CSL-JSON by id', () => {
    expect(combineExports('ris', ['TY  - JOUR\r\nTI  - A\r\nER  - \r\n', 'TY  - BOOK\r\nTI  - B\r\nER  - \r\n'])).toBe('TY  - JOUR\r\nTI  - A\r\nER  - \r\n\r\nTY  - BOOK\r\nTI  - B\r\nER  - \r\n');
    expect(JSON.parse(combineExports('json', ['[{"id":"a"}]', '[{"id":"b"},{"id":"a"}]']))).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});
