import { describe, expect, it } from 'vitest';
import { FIXTURE_KINDS } from './fixture-collections.ts';
import { PUBLICATION_KIND } from './graph-types.ts';
import { nodeBaseRadius } from './node-size.ts';

describe('nodeBaseRadius', () => {
  it('keeps a framework item at its kind’s radius', () => {
    expect(nodeBaseRadius(FIXTURE_KINDS.stage, 12)).toBe(FIXTURE_KINDS.stage.radius);
  });

  it('draws a publication larger the more items it informs', () => {
    expect(nodeBaseRadius(PUBLICATION_KIND, 1)).toBe(PUBLICATION_KIND.radius);
    expect(nodeBaseRadius(PUBLICATION_KIND, 0)).toBe(PUBLICATION_KIND.radius);
    expect(nodeBaseRadius(PUBLICATION_KIND, 4)).toBeGreaterThan(nodeBaseRadius(PUBLICATION_KIND, 1));
    expect(nodeBaseRadius(PUBLICATION_KIND, 9)).toBeCloseTo(PUBLICATION_KIND.radius * 1.4);
  });
});
