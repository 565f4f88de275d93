import { describe, expect, it } from 'vitest';
import { defaultGraphState, parseGraphState, serialiseGraphState as serialise } from './graph-state.ts';

const KINDS = ['stage', 'chime', 'component', 'practice', 'publication'];
const DEFAULT_GRAPH_STATE = defaultGraphState(KINDS);
const serialiseGraphState = (state: Parameters<typeof serialise>[0]) => serialise(state, KINDS);

const known = { nodeIds: new Set(['pub:leamy2011conceptual', 'stage:theory']), studyTypes: ['trial', 'systematic-review'], kinds: KINDS };

describe('graph URL state', () => {
  it('reads a trainer’s link', () => {
    expect(parseGraphState('?node=pub:leamy2011conceptual&type=publication,chime&depth=1', known)).toEqual({
      node: 'pub:leamy2011conceptual',
      types: ['chime', 'publication'],
      q: '',
      depth: 1,
    });
  });

  it('reads every filter', () => {
    expect(parseGraphState('?type=publication&study=trial&from=2012&to=2015&q=%20recovery%20', known)).toEqual({
      types: ['publication'],
      study: 'trial',
      from: 2012,
      to: 2015,
      q: 'recovery',
      depth: 0,
    });
  });

  it('drops unknown nodes, kinds and study types, and a depth without a node', () => {
    expect(parseGraphState('?node=pub:ghost&type=publication,planet&study=rct&from=soon&depth=2', known)).toEqual({
      types: ['publication'],
      q: '',
      depth: 0,
    });
    expect(parseGraphState('', known)).toEqual(DEFAULT_GRAPH_STATE);
  });

  it('writes the same address back, defaults left out', () => {
    const search = '?node=pub:leamy2011conceptual&type=chime,publication&depth=1';
    expect(serialiseGraphState(parseGraphState(search, known))).toBe(search);
    expect(serialiseGraphState(DEFAULT_GRAPH_STATE)).toBe('');
    expect(serialiseGraphState({ ...DEFAULT_GRAPH_STATE, depth: 2 })).toBe('');
    expect(serialiseGraphState({ ...DEFAULT_GRAPH_STATE, study: 'trial', from: 2011, q: 'peer support' })).toBe('?study=trial&from=2011&q=peer+support');
  });
});
