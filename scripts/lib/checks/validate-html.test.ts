import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page } from './fixtures/make-site.ts';
import { formatSiteProblem } from './site-problem.ts';
import { validatePages } from './validate-html.ts';

/** The project's own configuration, so these tests pin what the site check enforces. */
const config = JSON.parse(readFileSync(new URL('../../../.htmlvalidate.json', import.meta.url), 'utf8'));

describe('.htmlvalidate.json', () => {
  it('is html-validate:recommended, less only the rules the README justifies', () => {
    expect(config).toEqual({
      $schema: 'https://html-validate.org/schemas/config.json',
      root: true,
      extends: ['html-validate:recommended'],
      rules: {
        // Checkboxes that share a name submit a list (?stage=theory&stage=model), as the search
        // facets do; the HTML standard allows it. Other controls must still have names of their own.
        'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
        // A publication page's <title> is the paper's full title, which readers, search engines and
        // reference managers should get whole; most are longer than the rule's 70 characters.
        'long-title': 'off',
        // MDX gives numbered headings ids such as "1-theory"; HTML allows ids that start with a digit.
        'valid-id': ['error', { relaxed: true }],
        // Forms here apply their choice on change without changing context (WCAG 3.2.2 allows
        // that); H32's submit button is one sufficient technique, not a requirement.
        'wcag/h32': 'off',
      },
    });
  });
});

describe('validatePages', () => {
  it('accepts markup as Astro writes it, with the four relaxed cases', async () => {
    const html = page('evidence/index.html', {
      title: 'Conceptual framework for personal recovery in mental health: systematic review and narrative synthesis · REFOCUS Evidence',
      head: '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script>',
      body:
        '<h2 id="1-theory">1. Theory</h2><form aria-label="Filter"><label>Type <select name="type"><option value="">All</option></select></label>' +
        '<fieldset><legend>Stage</legend><label><input type="checkbox" name="stage" value="theory"> Theory</label><label><input type="checkbox" name="stage" value="model"> Model</label></fieldset></form>',
    });
    expect(await validatePages([['evidence/index.html', html]], config)).toEqual([]);
  });

  it('names each error with its rule, line and column, and where the rule is explained', async () => {
    const html = page('index.html', {
      body: '<div id="a"></div>\n<div id="a" style="color: red"></div>\n<button>Go</button><img src="/a.png">\n<form><input type="text" name="q" aria-label="Query"><input type="text" name="q" aria-label="Again"></form>',
    });
    const explained = (rule: string) => `Fix: correct the markup in the component or page that writes it (rule explained at https://html-validate.org/rules/${rule}.html).`;
    expect((await validatePages([['index.html', html]], config)).map((problem) => formatSiteProblem(problem))).toEqual([
      `dist/index.html: html-validate no-dup-id: Duplicate ID "a" (line 2, column 10). ${explained('no-dup-id')}`,
      `dist/index.html: html-validate no-inline-style: Inline style is not allowed (line 2, column 13). ${explained('no-inline-style')}`,
      `dist/index.html: html-validate no-implicit-button-type: <button> is missing recommended "type" attribute (line 3, column 2). ${explained('no-implicit-button-type')}`,
      `dist/index.html: html-validate wcag/h37: <img> is missing required "alt" attribute (line 3, column 21). ${explained('wcag/h37')}`,
      `dist/index.html: html-validate form-dup-name: Duplicate form control name "q" (line 4, column 79). ${explained('form-dup-name')}`,
    ]);
  });
});
