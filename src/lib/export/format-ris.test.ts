import { describe, expect, it } from 'vitest';
import { formatCslJson, joinCslJson } from './format-csl-json.ts';
import { formatRis, formatRisRecord, joinRis } from './format-ris.ts';

const article = {
  id: 'leamy2011conceptual',
  type: 'article-journal',
  title: 'Conceptual framework for personal recovery in mental health',
  author: [{ family: 'Leamy', given: 'Mary' }, { family: 'World Health Organization' }],
  issued: { 'date-parts': [[2011, 12]] },
  'container-title': 'British Journal of Psychiatry',
  volume: '199',
  issue: '6',
  page: '445-452',
  DOI: '10.1192/bjp.bp.110.083733',
  PMID: '22130746',
  PMCID: 'PMC3223575',
  note: 'Line one\nline two',
  _graph: [{ type: '@biblatex/text' }],
};

describe('formatRisRecord', () => {
  it('writes the RIS tags Zotero and EndNote read, TY first and ER last', () => {
    expect(formatRisRecord(article).split('\r\n')).toEqual([
      'TY  - JOUR',
      'AU  - Leamy, Mary',
      'AU  - World Health Organization',
      'TI  - Conceptual framework for personal recovery in mental health',
      'T2  - British Journal of Psychiatry',
      'PY  - 2011',
      'DA  - 2011/12//',
      'VL  - 199',
      'IS  - 6',
      'SP  - 445',
      'EP  - 452',
      'DO  - 10.1192/bjp.bp.110.083733',
      'UR  - https://doi.org/10.1192/bjp.bp.110.083733',
      'M2  - PMID: 22130746',
      'M2  - PMCID: PMC3223575',
      'N1  - Line one',
      'N1  - line two',
      'ID  - leamy2011conceptual',
      'ER  - ',
      '',
    ]);
  });

  it('keeps particles, suffixes and organisations in names', () => {
    const item = {
      id: 'x',
      type: 'article-journal',
      title: 'T',
      author: [
        { family: 'Krieke', 'non-dropping-particle': 'van der', given: 'Lian' },
        { family: 'Smith', given: 'John', suffix: 'Jr.' },
        { literal: 'World Health Organization' },
      ],
    };
    expect(formatRisRecord(item)).toContain('AU  - van der Krieke, Lian\r\nAU  - Smith, John, Jr.\r\nAU  - World Health Organization\r\n');
  });

  it('writes a book series with its number (T2, M1), and a chapter’s book and series (T2, T3, SV)', () => {
    const book = { id: 'b', type: 'book', title: 'REFOCUS', 'collection-title': 'Rethink recovery series', 'collection-number': '4' };
    expect(formatRisRecord(book)).toContain('T2  - Rethink recovery series\r\nM1  - 4\r\n');
    const chapter = { id: 'c', type: 'chapter', title: 'C', 'container-title': 'Book', 'collection-title': 'Series', 'collection-number': '2' };
    expect(formatRisRecord(chapter)).toContain('TY  - CHAP\r\nTI  - C\r\nT2  - Book\r\nT3  - Series\r\nSV  - 2\r\n');
  });

  it('maps books and reports, and separates records by a blank line', () => {
    const book = { id: 'b', type: 'book', title: 'REFOCUS', publisher: 'Rethink Mental Illness', 'publisher-place': 'London', edition: '2', issued: { 'date-parts': [[2014]] } };
    const text = formatRis([book, { ...book, id: 'r', type: 'report' }]);
    expect(text).toMatch(/^TY {2}- BOOK\r\n/);
    expect(text).toContain('ER  - \r\n\r\nTY  - RPRT');
    expect(text).toContain('PB  - Rethink Mental Illness\r\nCY  - London');
  });
});

describe('formatCslJson', () => {
  it('writes CSL-JSON without citation-js internals and with the citation key', () => {
    const [item] = JSON.parse(formatCslJson([article]));
    expect(item).not.toHaveProperty('_graph');
    expect(item).toMatchObject({ id: 'leamy2011conceptual', 'citation-key': 'leamy2011conceptual', DOI: '10.1192/bjp.bp.110.083733', issued: { 'date-parts': [[2011, 12]] } });
  });
});

describe('joinRis and joinCslJson', () => {
  it('join RIS records, keeping a record shared by two files once', () => {
    const a = 'TY  - JOUR\r\nTI  - A\r\nER  - \r\n';
    const parent = 'TY  - BOOK\r\nTI  - P\r\nER  - \r\n';
    expect(joinRis([`${a}\r\n${parent}`, parent])).toBe('TY  - JOUR\r\nTI  - A\r\nER  - \r\n\r\nTY  - BOOK\r\nTI  - P\r\nER  - \r\n');
  });

  it('merge CSL-JSON arrays by id, first seen first', () => {
    expect(JSON.parse(joinCslJson(['[{"id":"a"}]', '[{"id":"b"},{"id":"a"}]']))).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});
