import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label.ts';

describe('wrapLabel', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapLabel('Hope and optimism about the future', 16)).toEqual(['Hope and', 'optimism about', 'the future']);
    expect(wrapLabel('Theory', 16)).toEqual(['Theory']);
  });

  it('keeps an over-long word whole on its own line', () => {
    expect(wrapLabel('Recovery-promoting relationships', 10)).toEqual(['Recovery-promoting', 'relationships']);
    expect(wrapLabel('  ', 10)).toEqual([]);
  });
});
