import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { glossaryPlugin } from './glossary-plugin.ts';

const terms = [
  { id: 'qpr', term: 'QPR (Questionnaire about the Process of Recovery)', aliases: ['QPR'], definition: 'A questionnaire on recovery.' },
  { id: 'psychosis', term: 'Psychosis', aliases: [], definition: 'A mental health problem.' },
];
const plugin = glossaryPlugin({ terms, href: (id) => `/glossary/#${id}` });
/** The plugin is synchronous, so Sätteri returns its result at once (a promise only when a plugin is async). */
const html = (markdown: string, file = '/x/content/pages/home.mdx') =>
  (markdownToHtml(markdown, { hastPlugins: [plugin], fileURL: new URL(`file://${file}`) }) as MarkdownToHtmlResult).html;

describe('glossaryPlugin (through the Sätteri processor Astro uses)', () => {
  it('marks the first use of each term on the page only, and adds the definitions once, hidden', () => {
    expect(html('The QPR measured psychosis and the QPR again.\n\nMore psychosis.')).toBe(
      '<p>The <a href="/glossary/#qpr" class="glossary-term" aria-describedby="gl-home-qpr" data-glossary="qpr">QPR</a> measured ' +
        '<a href="/glossary/#psychosis" class="glossary-term" aria-describedby="gl-home-psychosis" data-glossary="psychosis">psychosis</a> and the QPR again.</p>\n' +
        '<p>More psychosis.</p><div class="glossary-definitions" hidden data-pagefind-ignore=""><p id="gl-home-qpr" data-term="QPR (Questionnaire about the Process of Recovery)">A questionnaire on recovery.</p>' +
        '<p id="gl-home-psychosis" data-term="Psychosis">A mental health problem.</p></div>\n',
    );
  });

  it('leaves headings, links and code alone, and marks the next use in prose', () => {
    const out = html('## QPR\n\n[QPR](/x/) and `QPR`, then QPR.');
    expect(out.match(/class="glossary-term"/g)).toHaveLength(1);
    expect(out).toContain('<code>QPR</code>, then <a href="/glossary/#qpr"');
  });

  it('leaves components such as <Cite> alone', async () => {
    const { code } = await mdxToJs('<Cite keys="x">QPR</Cite> then QPR.', { hastPlugins: [plugin] });
    expect(code.match(/className: "glossary-term"/g)).toHaveLength(1);
    expect(code).toMatch(/_jsx\(Cite, \{\s+keys: "x",\s+children: "QPR"\s+\}\),\s+" then ",\s+_jsx\(_components\.a, \{\s+href: "\/glossary\/#qpr"/);
  });

  it('marks terms inside HTML written in MDX (<section>), but not in headings written so', async () => {
    const { code } = await mdxToJs('<section>\n<h2>QPR</h2>\n\nThe QPR.\n</section>', { hastPlugins: [plugin] });
    expect(code.match(/className: "glossary-term"/g)).toHaveLength(1);
    expect(code).toMatch(/_jsx\(_components\.h2, \{\s+children: "QPR"/);
  });

  it('changes nothing on a page without terms', () => {
    expect(html('Nothing to see.')).toBe('<p>Nothing to see.</p>\n');
  });

  it('gives each file its own definition ids, so pages that show several files repeat none', () => {
    expect(html('QPR', '/x/content/manual/implementing-refocus.mdx')).toContain('id="gl-implementing-refocus-qpr"');
  });
});
