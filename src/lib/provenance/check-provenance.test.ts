import { describe, expect, it } from 'vitest';
import { checkProvenance, describeUnverified, exportCaveatsOf } from './check-provenance.ts';

const files = { provenance: 'content/data/provenance.yaml', bibliography: 'references/refocus.bib' };

describe('checkProvenance', () => {
  it('accepts a record whose unverified fields are absent', () => {
    expect(checkProvenance(new Map([['a', { unverified: ['volume'] }]]), [{ key: 'a', fields: ['title', 'year'] }], files)).toEqual([]);
  });

  it('names a missing entry, an unknown key and an unverified field that is kept', () => {
    const provenance = new Map([
      ['a', { unverified: ['volume', 'pages'] }],
      ['gone', { unverified: [] }],
    ]);
    expect(
      checkProvenance(
        provenance,
        [
          { key: 'a', fields: ['title', 'volume', 'pages'] },
          { key: 'b', fields: [] },
        ],
        files,
      ),
    ).toEqual([
      'content/data/provenance.yaml ("a"): volume, pages are listed as unverified but present in references/refocus.bib. Fix: remove the field from the record, or verify it and remove it from "unverified".',
      'content/data/provenance.yaml: no entry for "b" (references/refocus.bib). Fix: add where its fields were checked (checked, sources, unverified).',
      'content/data/provenance.yaml: "gone" is not a record of references/refocus.bib. Fix: correct the key or remove the entry.',
    ]);
  });
});

describe('describeUnverified', () => {
  it('says nothing of a complete record and names the missing fields as readers know them', () => {
    expect(describeUnverified([])).toBeUndefined();
    expect(describeUnverified(['volume', 'pages', 'pmid'])).toBe(
      'Incomplete record: no public record we could check shows its volume, pages or article number and PubMed ID, so they are left out. Check the publication itself before citing.',
    );
    expect(describeUnverified(['doi'])).toBe('Incomplete record: no public record we could check shows its DOI, so it is left out. Check the publication itself before citing.');
    expect(describeUnverified(['pmid'])).toBe('No public record we could check shows its PubMed ID, so it is left out; the reference itself is complete.');
  });
});

describe('exportCaveatsOf', () => {
  it('gives a caveat, naming the key, to each record lacking part of its reference, none to one lacking only look-up identifiers', () => {
    const caveats = exportCaveatsOf({ a: { unverified: ['volume', 'pages'] }, b: { unverified: ['pmid'] }, c: { unverified: [] }, d: null });
    expect([...caveats.keys()]).toEqual(['a']);
    expect(caveats.get('a')).toBe(
      'a: Incomplete record: no public record we could check shows its volume and pages or article number, so they are left out. Check the publication itself before citing.',
    );
  });
});
