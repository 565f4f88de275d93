import { describe, expect, it } from 'vitest';
import { parseMapState, serialiseMapState } from './map-url.ts';

const cells = (view: string) => (view === 'components' ? ['theory--citizenship'] : ['theory--hope']);

describe('map URL state', () => {
  it('reads the view and the cell', () => {
    expect(parseMapState('?view=components&cell=theory--citizenship', cells)).toEqual({ view: 'components', cell: 'theory--citizenship' });
    expect(parseMapState('', cells)).toEqual({ view: 'chime' });
  });

  it('ignores an unknown view or a cell of another view', () => {
    expect(parseMapState('?view=nonsense&cell=theory--hope', cells)).toEqual({ view: 'chime', cell: 'theory--hope' });
    expect(parseMapState('?view=components&cell=theory--hope', cells)).toEqual({ view: 'components' });
  });

  it('writes the state back, leaving out the default view', () => {
    expect(serialiseMapState({ view: 'components', cell: 'theory--citizenship' })).toBe('?view=components&cell=theory--citizenship');
    expect(serialiseMapState({ view: 'chime', cell: 'theory--hope' })).toBe('?cell=theory--hope');
    expect(serialiseMapState({ view: 'chime' })).toBe('');
  });
});
