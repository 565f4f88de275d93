import { expect, it } from 'vitest';
import { pageUrlOf, separateBlockText } from './index-html.ts';

it('separates the text of definition lists and tables, and nothing else', () => {
  expect(separateBlockText('<dl><dt>Authors</dt><dd>Mike Slade</dd><dt>Year</DT ><dd>2015</dd></dl><p>a</p><b>b</b>')).toBe(
    '<dl><dt>Authors</dt> <dd>Mike Slade</dd> <dt>Year</DT > <dd>2015</dd> </dl><p>a</p><b>b</b>',
  );
  expect(separateBlockText('<table><tr><th>A</th><td>B</td></tr></table>')).toBe('<table><tr><th>A</th> <td>B</td> </tr></table>');
});

it('gives each built file the address it is served at', () => {
  expect(pageUrlOf('index.html')).toBe('/');
  expect(pageUrlOf('publications/leamy2011conceptual/index.html')).toBe('/publications/leamy2011conceptual/');
  expect(pageUrlOf('404.html')).toBe('/404.html');
  expect(pageUrlOf('manual\\goal-striving\\index.html')).toBe('/manual/goal-striving/');
});
