import { describe, expect, it } from 'vitest';
import { addHighlightParam, findTermMatches, highlightTerms, isTermMatch, readHighlightParam } from './highlight-terms.ts';

describe('the words to highlight', () => {
  it('keeps the meaningful words of a question, without punctuation, once each', () => {
    expect(highlightTerms('What supports goal-striving?')).toEqual(['supports', 'goal-striving']);
    expect(highlightTerms('Le Boutillier, le boutillier 2011')).toEqual(['Le', 'Boutillier', '2011']);
    expect(highlightTerms("  O'Hagan  ")).toEqual(["O'Hagan"]);
  });
});

describe('matching a word of the page', () => {
  it.each([
    ['Hope', 'hope', true],
    ['hopeful', 'hope', true],
    ['supporting', 'supports', true],
    ['recovery', 'Recovery', true],
    ['Pérez', 'perez', true],
    ['Perez', 'Pérez', true],
    ['theory', 'the', false],
    ['home', 'hope', false],
    ['goal-striving', 'goal-striving', true],
  ])('%s against %s: %s', (word, term, expected) => {
    expect(isTermMatch(word, term)).toBe(expected);
  });

  it('finds whole words (a hyphenated word whole, as Pagefind marks it), in order', () => {
    const text = 'Hope-inspiring relationships make hope easier; hopeful, not homely.';
    expect(findTermMatches(text, ['hope']).map(([start, end]) => text.slice(start, end))).toEqual(['Hope-inspiring', 'hope', 'hopeful']);
    expect(findTermMatches(text, [])).toEqual([]);
  });
});

describe('the highlight parameter', () => {
  it('goes before the fragment, after any query', () => {
    expect(addHighlightParam('/chime/hope/#what-it-covers', ['hope', 'goal-striving'])).toBe(
      '/chime/hope/?pagefind-highlight=hope&pagefind-highlight=goal-striving#what-it-covers',
    );
    expect(addHighlightParam('/a/?x=1', ['café'])).toBe('/a/?x=1&pagefind-highlight=caf%C3%A9');
    expect(addHighlightParam('/a/', [])).toBe('/a/');
  });

  it('is read back from the address', () => {
    expect(readHighlightParam('?pagefind-highlight=hope&pagefind-highlight=caf%C3%A9&pagefind-highlight=+')).toEqual(['hope', 'café']);
  });
});
