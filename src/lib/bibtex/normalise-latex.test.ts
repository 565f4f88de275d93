import { expect, it } from 'vitest';
import { normaliseLatex } from './normalise-latex.ts';

it('turns control spaces into spaces (after an empty group, so a command before one keeps it) and drops italic corrections, but keeps \\\\ line breaks', () => {
  expect(normaliseLatex('\\MF\\ settings for \\TeX\\\noutput {\\bf mode\\/}')).toBe('\\MF{} settings for \\TeX{} output {\\bf mode}');
  expect(normaliseLatex('one\\\\ two')).toBe('one\\\\ two');
});

it('gives a font command written as a switch its argument in braces', () => {
  expect(normaliseLatex('desert ants, {\\textit Cataglyphis fortis}')).toBe('desert ants, \\textit{Cataglyphis fortis}');
  expect(normaliseLatex('{\\emph{already}}')).toBe('{\\emph{already}}');
});
