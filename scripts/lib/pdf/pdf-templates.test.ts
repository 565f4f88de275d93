import { expect, it } from 'vitest';
import { buildFooterTemplate, buildHeaderTemplate, chapterStartPages } from './pdf-templates.ts';

it('places each chapter after the front matter and the chapters before it', () => {
  expect(chapterStartPages(2, [3, 1, 4])).toEqual([3, 6, 7]);
});

it('escapes titles in the running header and numbers pages in the footer', () => {
  expect(buildHeaderTemplate('Values & <preferences>')).toContain('Values &amp; &lt;preferences&gt;');
  expect(buildFooterTemplate('Version 1.0')).toMatch(/Page <span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/);
});
