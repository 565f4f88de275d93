import { describe, expect, it } from 'vitest';
import { isExplainedByProvenance } from './explained-warnings.ts';

const unverified = new Map([
  ['leboutillier2011recovery', ['author', 'number', 'pmid']],
  ['leamy2014implementing', ['volume', 'pages']],
]);

describe('isExplainedByProvenance', () => {
  it('explains a warning about a field the record lacks because no public record shows it', () => {
    expect(isExplainedByProvenance('Warning--empty author in leboutillier2011recovery', unverified)).toBe(true);
    expect(isExplainedByProvenance("WARN - Datamodel: Entry 'leboutillier2011recovery' (in.bib): Missing mandatory field 'author'", unverified)).toBe(true);
  });

  it('does not explain a warning about another field or another record', () => {
    expect(isExplainedByProvenance('Warning--empty journal in leboutillier2011recovery', unverified)).toBe(false);
    expect(isExplainedByProvenance('Warning--empty author in leamy2014implementing', unverified)).toBe(false);
    expect(isExplainedByProvenance('Warning--empty author in slade2015supporting', unverified)).toBe(false);
  });
});
