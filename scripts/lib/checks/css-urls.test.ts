import { expect, it } from 'vitest';
import { findCssUrls } from './css-urls.ts';

it('finds url() in every quoting and @import, and skips comments', () => {
  const css = `@import "base.css"; @import url('print.css') print;
    .a { background: url(/img/a.png) } .b { background: URL( "b.svg#icon" ) }
    /* .c { background: url(https://cdn.example/c.png) } */ .d { mask: url(#mask) }`;
  expect(findCssUrls(css)).toEqual(['print.css', '/img/a.png', 'b.svg#icon', '#mask', 'base.css']);
});

it('finds nothing in a stylesheet without addresses', () => {
  expect(findCssUrls('body { color: red; }')).toEqual([]);
});
