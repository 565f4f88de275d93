import { describe, expect, it } from 'vitest';
import { buildVocabulary, closestWord, editDistance, suggestQuery, textOfFragment, updateVocabulary, wordsOf } from './spelling.ts';

describe('wordsOf', () => {
  it('keeps words of three or more letters, in lower case and without accents', () => {
    expect(wordsOf('Recovery-oriented care in the UK: Agnès’ 2011 study')).toEqual(['recovery', 'oriented', 'care', 'the', 'agnes', 'study']);
  });
});

describe('buildVocabulary', () => {
  it('counts each word, most frequent first, then alphabetical', () => {
    const vocabulary = buildVocabulary(['Hope and recovery', 'recovery of hope', 'Recovery']);
    expect(Object.entries(vocabulary)).toEqual([
      ['recovery', 3],
      ['hope', 2],
      ['and', 1],
    ]);
  });
});

describe('updateVocabulary', () => {
  const kept = ['Hope and recovery in community mental health', 'Recovery-oriented practice: the REFOCUS trial'];
  const removed = ['Recovery of hope, and hope of recovery', 'Agnès and the strengths model'];
  const added = ['Recovery, hope and personal goals', 'A strengths model of recovery'];

  it('gives what counting the new texts afresh gives, in the same order', () => {
    const previous = buildVocabulary([...kept, ...removed]);
    const updated = updateVocabulary(previous, removed, added);
    expect(updated).toEqual(buildVocabulary([...kept, ...added]));
    expect(Object.entries(updated ?? {})).toEqual(Object.entries(buildVocabulary([...kept, ...added])));
    expect(updated).not.toHaveProperty('agnes');
  });

  it('gives the same vocabulary when nothing is removed or added', () => {
    const previous = buildVocabulary(kept);
    expect(Object.entries(updateVocabulary(previous, [], []) ?? {})).toEqual(Object.entries(previous));
  });

  it('gives up when the previous vocabulary cannot hold the removed words', () => {
    const previous = buildVocabulary(kept);
    expect(updateVocabulary(previous, ['Wellbeing'], [])).toBeUndefined();
    expect(updateVocabulary(previous, ['community community'], [])).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('recovry', 'recovery', 2)).toBe(1);
    expect(editDistance('hopw', 'hope', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('recoevry', 'recovery', 2)).toBe(1);
  });
  it('stops at max + 1', () => {
    expect(editDistance('recovery', 'theory', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('closestWord', () => {
  const vocabulary = { recovery: 40, recover: 2, hope: 30, home: 3 };
  it('prefers fewer edits, then the more frequent word', () => {
    expect(closestWord('recovry', vocabulary)).toBe('recovery');
    expect(closestWord('hoe', vocabulary)).toBe('hope');
  });
  it('allows one edit in a short word and two in a longer one', () => {
    expect(closestWord('hxxe', vocabulary)).toBeUndefined();
    expect(closestWord('rcovey', vocabulary)).toBe('recovery');
  });
});

describe('suggestQuery', () => {
  const vocabulary = buildVocabulary(['recovery recovery planning hope connectedness', 'personal recovery']);
  it('corrects each word the index does not hold', () => {
    expect(suggestQuery('recovry', vocabulary)).toBe('recovery');
    expect(suggestQuery('personal recovry planing', vocabulary)).toBe('personal recovery planning');
    expect(suggestQuery('Recovry?', vocabulary)).toBe('recovery?');
  });
  it('suggests nothing when every word is known, is the start of a known word, or has no close word', () => {
    expect(suggestQuery('personal recovery', vocabulary)).toBeUndefined();
    expect(suggestQuery('connect', vocabulary)).toBeUndefined();
    expect(suggestQuery('zzzzzz', vocabulary)).toBeUndefined();
  });
  it('leaves years, DOIs and short words alone', () => {
    expect(suggestQuery('hopw 2011 10.1192/bjp ok', vocabulary)).toBe('hope 2011 10.1192/bjp ok');
  });
});

describe('textOfFragment', () => {
  it('reads the indexed text, title and names of a Pagefind fragment', () => {
    const fragment = `pagefind_dcd${JSON.stringify({ url: '/a/', content: 'Personal recovery.', meta: { title: 'A title', names: 'Le Boutillier 2011', apa: 'not searched' } })}`;
    expect(textOfFragment(fragment)).toBe('Personal recovery. A title Le Boutillier 2011');
  });
});
