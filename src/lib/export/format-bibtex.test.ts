import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../bibtex/load-bibliography.ts';
import { formatBibtex, formatBibtexComment, joinBibtex } from './format-bibtex.ts';

const source = `@string{bjp = {British Journal of Psychiatry}}
@article{leamy2011,
  author = {Leamy, Mary and M{\\"u}ller, J{\\"o}rg and {World Health Organization}},
  title = {The {CHIME} framework for {DNA} \\& recovery},
  journal = bjp,
  year = 2011, month = dec,
  pmid = {22130746}, pmcid = {PMC1}, file = {/home/me/paper.pdf},
  doi = {10.1192/bjp.bp.110.083733}
}
@inproceedings{paper, title = {A paper}, author = {Ann Author}, crossref = {proc}}
@proceedings{proc, title = {Proceedings}, year = {1999}}
@misc{web, title = {A web page}, author = {Bird, V}, howpublished = {\\url{https://example.org}}, year = 2020}
`;

describe('formatBibtex', () => {
  const publications = loadBibliography([{ file: 'x.bib', text: source }]);
  const exported = formatBibtex(publications);
  /** The export with the alignment padding before "=" removed. */
  const flat = exported.replace(/ +=/g, ' =');

  it('keeps brace protection, LaTeX, month macros and howpublished as written, and expands @string', () => {
    expect(flat).toContain('title = {The {CHIME} framework for {DNA} \\& recovery}');
    expect(flat).toContain('author = {Leamy, Mary and M{\\"u}ller, J{\\"o}rg and {World Health Organization}}');
    expect(flat).toContain('month = dec');
    expect(flat).toContain('journal = {British Journal of Psychiatry}');
    expect(flat).toContain('howpublished = {\\url{https://example.org}}');
  });

  it('leaves out reference-manager fields and writes the PubMed id as a biblatex eprint', () => {
    expect(exported).not.toMatch(/\\b(file|pmcid|pmid)\\s*=/);
    expect(flat).toContain('eprint = {22130746}');
    expect(flat).toContain('eprinttype = {pubmed}');
  });

  it('writes biblatex-only types as the BibTeX types plain.bst knows, a web address as howpublished, and stacked accents as letters', () => {
    const [online] = loadBibliography([{ file: 'o.bib', text: '@online{web2, title = {Nguy{\\~{\\^e}}n}, author = {{Rethink}}, url = {https://example.org/a}, year = 2013}' }]);
    const text = formatBibtex(online ? [online] : []).replace(/ +=/g, ' =');
    expect(text).toMatch(/^@misc\{web2,/);
    expect(text).toContain('howpublished = {\\url{https://example.org/a}}');
    expect(text).toContain('title = {Nguy{ễ}n}');
  });

  it('puts crossref targets after the entries that cite them', () => {
    expect(exported.indexOf('@proceedings{proc')).toBeGreaterThan(exported.indexOf('@inproceedings{paper'));
    expect(exported.indexOf('@proceedings{proc')).toBeGreaterThan(exported.indexOf('@misc{web'));
  });

  it('round-trips: the export loads back to the same CSL items', () => {
    const again = loadBibliography([{ file: 'export.bib', text: exported }]);
    const byKey = (list: typeof publications) => Object.fromEntries(list.map((publication) => [publication.key, publication.csl]));
    const before = byKey(publications);
    const after = byKey(again);
    for (const key of Object.keys(before)) {
      const { PMCID: _dropped, ...expected } = before[key] as Record<string, unknown>;
      expect(after[key]).toMatchObject(expected);
    }
  });
});

describe('joinBibtex', () => {
  it('keeps a shared crossref parent once, where it first appears, and drops heading comments', () => {
    const one = '% From page one\n\n@inproceedings{x,\n  crossref = {p}\n}\n\n@proceedings{p,\n  title = {P}\n}\n';
    const two = '@inproceedings{y,\n  crossref = {p}\n}\n\n@proceedings{p,\n  title = {P}\n}\n';
    expect(joinBibtex([one, two])).toBe('@inproceedings{x,\n  crossref = {p}\n}\n\n@proceedings{p,\n  title = {P}\n}\n\n@inproceedings{y,\n  crossref = {p}\n}\n');
  });
});

describe('formatBibtexComment', () => {
  it('writes each line as a % comment, then a blank line', () => {
    expect(formatBibtexComment('REFOCUS evidence base: Theory\nExported from REFOCUS Evidence')).toBe('% REFOCUS evidence base: Theory\n% Exported from REFOCUS Evidence\n\n');
  });
});
