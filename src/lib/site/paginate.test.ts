import { expect, it } from 'vitest';
import { paginate } from './paginate.ts';

it('keeps a short list on one page', () => {
  expect(paginate([1, 2, 3], '/publications/', 5)).toEqual([{ items: [1, 2, 3], number: 1, total: 1, href: '/publications/' }]);
});

it('splits a long list with links between pages', () => {
  const pages = paginate([1, 2, 3, 4, 5], '/publications/', 2);
  expect(pages.map((page) => [page.href, page.items, page.previousHref, page.nextHref])).toEqual([
    ['/publications/', [1, 2], undefined, '/publications/page/2/'],
    ['/publications/page/2/', [3, 4], '/publications/', '/publications/page/3/'],
    ['/publications/page/3/', [5], '/publications/page/2/', undefined],
  ]);
});
