import { describe, expect, it } from 'vitest';
import { formatBasketReferences, parseBasket, toggleBasketItem } from './basket-state.ts';

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
