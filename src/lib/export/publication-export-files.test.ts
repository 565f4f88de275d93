import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../bibtex/load-bibliography.ts';
import { publicationExportFiles, toExportable } from './publication-export-files.ts';

const bib = `@inproceedings{smith:2010, author={Smith, Ann}, title={A paper in \\emph{the} proceedings}, crossref={proc2010}, pages={1--9}}
@proceedings{proc2010, title={Proceedings of {Recovery} 2010}, year={2010}, editor={Jones, Bo}, publisher={Press}}`;

describe('publicationExportFiles', () => {
  const files = [...publicationExportFiles(loadBibliography([{ file: 'x.bib', text: bib }]).map((publication) => toExportable(publication)))];
  const byPath = new Map(files.map((file) => [file.path, file.body]));

  it('writes a .bib, .ris and .json file for every publication, at its slugged address', () => {
    expect([...byPath.keys()].sort()).toEqual([
      'publications/proc2010.bib',
      'publications/proc2010.json',
      'publications/proc2010.ris',
      'publications/smith_3a_2010.bib',
      'publications/smith_3a_2010.json',
      'publications/smith_3a_2010.ris',
    ]);
  });

  it('adds the crossref parent after the child in BibTeX, and the inherited fields to RIS and CSL-JSON', () => {
    const bibtex = byPath.get('publications/smith_3a_2010.bib') ?? '';
    expect(bibtex.indexOf('@inproceedings{smith:2010,')).toBeGreaterThanOrEqual(0);
    expect(bibtex.indexOf('@proceedings{proc2010,')).toBeGreaterThan(bibtex.indexOf('@inproceedings{smith:2010,'));
    expect(bibtex).toMatch(/title += {A paper in \\emph{the} proceedings}/);
    expect(byPath.get('publications/smith_3a_2010.ris')).toMatch(/^PY {2}- 2010$/m);
    const [child] = JSON.parse(byPath.get('publications/smith_3a_2010.json') ?? '[]') as { title: string; 'container-title': string }[];
    expect(child).toMatchObject({ title: 'A paper in the proceedings', 'container-title': 'Proceedings of Recovery 2010' });
  });

  it('exports a parent on its own without its children', () => {
    expect(byPath.get('publications/proc2010.bib')).not.toContain('smith:2010');
  });
});
