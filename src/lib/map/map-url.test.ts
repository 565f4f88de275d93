import { describe, expect, it } from 'vitest';
import { parseMapState, serialiseMapState } from './map-url.ts';

const VIEWS = ['chime', 'components', 'practices'];
const cells = (view: string) => (view === 'components' ? ['theory--citizenship'] : ['theory--hope']);

describe('map URL state', () => {
  it('reads the view and the cell', () => {
    expect(parseMapState('?view=components&cell=theory--citizenship', VIEWS, cells)).toEqual({ view: 'components', cell: 'theory--citizenship' });
    expect(parseMapState('', VIEWS, cells)).toEqual({ view: 'chime' });
  });

  it('ignores an unknown view or a cell of another view', () => {
    expect(parseMapState('?view=nonsense&cell=theory--hope', VIEWS, cells)).toEqual({ view: 'chime', cell: 'theory--hope' });
    expect(parseMapState('?view=components&cell=theory--hope', VIEWS, cells)).toEqual({ view: 'components' });
  });

  it('opens the first of whatever views the map has', () => {
    expect(parseMapState('?view=chime', ['outcomes'], () => [])).toEqual({ view: 'outcomes' });
  });

  it('writes the state back, leaving out the default view', () => {
    expect(serialiseMapState({ view: 'components', cell: 'theory--citizenship' }, VIEWS)).toBe('?view=components&cell=theory--citizenship');
    expect(serialiseMapState({ view: 'chime', cell: 'theory--hope' }, VIEWS)).toBe('?cell=theory--hope');
    expect(serialiseMapState({ view: 'chime' }, VIEWS)).toBe('');
  });
});
