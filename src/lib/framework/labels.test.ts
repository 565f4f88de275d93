import { expect, it } from 'vitest';
import { fillTemplate, inSentence, listInWords, renderInlineLinks } from './labels.ts';

it('lowers a label inside a sentence unless it starts with an acronym', () => {
  expect(inSentence('Best-practice component')).toBe('best-practice component');
  expect(inSentence('MRC stage')).toBe('MRC stage');
  expect(inSentence('CHIME process')).toBe('CHIME process');
});

it('fills a label template from an item, lowered where asked', () => {
  expect(fillTemplate('Publications of the {shortTitle|lower} stage', { shortTitle: 'Theory' })).toBe('Publications of the theory stage');
  expect(fillTemplate('Publications on {title}', { title: 'Hope' })).toBe('Publications on Hope');
});

it('lists words as a sentence does', () => {
  expect(listInWords(['MRC stage', 'study type', 'year'])).toBe('MRC stage, study type and year');
  expect(listInWords(['year'])).toBe('year');
  expect(listInWords(['phase', 'outcome', 'setting'], 'or')).toBe('phase, outcome or setting');
});

it('writes a lede’s links as HTML and escapes the rest', () => {
  expect(renderInlineLinks('Counts <b>& gaps</b>; see the [evidence graph](/graph/).')).toBe('Counts &lt;b&gt;&amp; gaps&lt;/b&gt;; see the <a href="/graph/">evidence graph</a>.');
});
