import { describe, expect, it } from 'vitest';
import { checkCitationLabels } from './check-citation-labels.ts';
import { formatSiteProblem } from './site-problem.ts';

const page = (label: string, reference: string | undefined) =>
  `<p>As shown <span class="cite">(<a href="/publications/bird2014fit/">${label}</a>)</span>.</p>` +
  (reference === undefined ? '' : `<ol><li id="ref-bird2014fit">${reference}</li></ol>`);

describe('checkCitationLabels', () => {
  it('accepts a label whose reference shows the same year and letter', () => {
    expect(checkCitationLabels(new Map([['a/index.html', page('Bird et al., 2014a', 'Bird, V. (2014a). Fit.')]]))).toEqual([]);
  });

  it('names a label whose letter the reference list does not show, and a citation missing from the list', () => {
    const problems = checkCitationLabels(
      new Map([
        ['a/index.html', page('Bird et al., 2014c', 'Bird, V. (2014). Fit.')],
        ['b/index.html', page('Bird et al., 2014', undefined)],
      ]),
    );
    expect(problems.map((problem) => formatSiteProblem(problem))).toEqual([
      'dist/a/index.html: cites "Bird et al., 2014c" (bird2014fit) but its reference list shows "Bird, V. (2014). Fit.…". Fix: take both the label and the reference from getPublications(), which gives them the same year letter.',
      'dist/b/index.html: cites "Bird et al., 2014" (bird2014fit) but its reference list does not list it. Fix: render a ReferenceList with every key the page cites.',
    ]);
  });
});
