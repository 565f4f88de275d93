import { describe, expect, it } from 'vitest';
import type { PagefindFragment } from './pagefind-api.ts';
import { splitExcerpt, toResultView } from './result-view.ts';

const fragment = (overrides: Partial<PagefindFragment>): PagefindFragment => ({ url: '/x/', excerpt: '', meta: {}, filters: {}, sub_results: [], word_count: 10, ...overrides });

describe('excerpts', () => {
  it('split into plain and marked text, reading only <mark> as markup', () => {
    expect(splitExcerpt('Tse, S., & <mark>Whitley,</mark> R. <b>bold</b> &amp; &lt;')).toEqual([
      { text: 'Tse, S., & ', marked: false },
      { text: 'Whitley,', marked: true },
      { text: ' R. <b>bold</b> & <', marked: false },
    ]);
  });
});

describe('a result', () => {
  it('of a publication carries its metadata, tags and highlight terms, and no sections', () => {
    const view = toResultView(
      fragment({
        url: '/publications/leamy2011conceptual/',
        excerpt: 'A <mark>conceptual</mark> framework',
        filters: { type: ['publication'], stage: ['theory'] },
        sub_results: [{ title: 'Cited on', url: '/publications/leamy2011conceptual/#cited-on', excerpt: 'Cited on', anchor: { element: 'h2', id: 'cited-on' } }],
        meta: {
          title: 'Conceptual framework for personal recovery',
          key: 'leamy2011conceptual',
          authors: 'Leamy, Bird & Slade',
          year: '2011',
          container: 'British Journal of Psychiatry',
          kind: 'Journal article',
          apa: 'Leamy, M. (2011).',
          stages: 'Theory stage',
          chime: 'Connectedness; Hope and optimism about the future',
        },
      }),
      ['conceptual'],
      [
        { meta: 'stages', label: 'MRC stage' },
        { meta: 'chime', label: 'CHIME', colour: 'purple' },
      ],
    );
    expect(view).toEqual({
      title: 'Conceptual framework for personal recovery',
      href: '/publications/leamy2011conceptual/?pagefind-highlight=conceptual',
      type: 'publication',
      typeLabel: 'Publication',
      excerpt: [
        { text: 'A ', marked: false },
        { text: 'conceptual', marked: true },
        { text: ' framework', marked: false },
      ],
      sections: [],
      publication: {
        key: 'leamy2011conceptual',
        authors: 'Leamy, Bird & Slade',
        year: '2011',
        container: 'British Journal of Psychiatry',
        kind: 'Journal article',
        apa: 'Leamy, M. (2011).',
        tags: [
          { label: 'MRC stage', items: ['Theory stage'] },
          { label: 'CHIME', items: ['Connectedness', 'Hope and optimism about the future'], colour: 'purple' },
        ],
      },
    });
  });

  it('of a page lists matching sections under their headings, not the opening one, up to the limit', () => {
    const section = (id: string) => ({ title: `Section ${id}`, url: `/chime/hope/#${id}`, excerpt: id, anchor: { element: 'h2', id } });
    const view = toResultView(
      fragment({
        url: '/chime/hope/',
        filters: { type: ['page'] },
        meta: { title: 'Hope' },
        sub_results: [{ title: 'Hope', url: '/chime/hope/', excerpt: 'start' }, section('a'), section('b'), section('c')],
      }),
      [],
      [],
      2,
    );
    expect(view.typeLabel).toBe('Page');
    expect(view.publication).toBeUndefined();
    expect(view.sections).toEqual([
      { title: 'Section a', href: '/chime/hope/#a', excerpt: [{ text: 'a', marked: false }] },
      { title: 'Section b', href: '/chime/hope/#b', excerpt: [{ text: 'b', marked: false }] },
    ]);
  });

  it('of an unknown or missing type is a page, titled by its address when it has no title', () => {
    const view = toResultView(fragment({ url: '/manual/x/', filters: { type: ['leaflet'] } }), []);
    expect([view.type, view.title]).toEqual(['page', '/manual/x/']);
    expect(toResultView(fragment({ filters: { type: ['manual'] } }), []).typeLabel).toBe('Manual chapter');
  });
});
