import { describe, expect, it } from 'vitest';
import { orderClockwise, pointAt, walkGraph, type WalkState } from './graph-keyboard.ts';

const centre = { id: 'c', x: 0, y: 0 };
const around = [
  { id: 'west', x: -10, y: 0 },
  { id: 'south', x: 0, y: 10 },
  { id: 'north', x: 0, y: -10 },
  { id: 'east', x: 10, y: 0 },
];
const graph: Record<string, string[]> = { c: ['north', 'east', 'south'], east: ['c', 'far'], far: ['east'] };
const connectionsOf = (id: string) => graph[id] ?? [];

describe('keyboard walk', () => {
  it('orders neighbours clockwise from twelve o’clock', () => {
    expect(orderClockwise(centre, around)).toEqual(['north', 'east', 'south', 'west']);
  });

  it('moves round the anchor’s connections with Right and Left, wrapping', () => {
    let state: WalkState = { anchor: 'c', focus: 'c', trail: [] };
    state = walkGraph(state, 'ArrowRight', connectionsOf);
    expect(state.focus).toBe('north');
    state = walkGraph(walkGraph(state, 'ArrowRight', connectionsOf), 'ArrowRight', connectionsOf);
    expect(state.focus).toBe('south');
    expect(walkGraph(state, 'ArrowRight', connectionsOf).focus).toBe('north');
    expect(walkGraph({ anchor: 'c', focus: 'c', trail: [] }, 'ArrowLeft', connectionsOf).focus).toBe('south');
  });

  it('walks on with Down and back with Up', () => {
    const onEast: WalkState = { anchor: 'c', focus: 'east', trail: [] };
    const fromEast = walkGraph(onEast, 'ArrowDown', connectionsOf);
    expect(fromEast).toEqual({ anchor: 'east', focus: 'east', trail: ['c'] });
    const onFar = walkGraph(walkGraph(fromEast, 'ArrowRight', connectionsOf), 'ArrowRight', connectionsOf);
    expect(onFar.focus).toBe('far');
    const backToEast = walkGraph(onFar, 'ArrowUp', connectionsOf);
    expect(backToEast).toEqual({ anchor: 'east', focus: 'east', trail: ['c'] });
    expect(walkGraph(backToEast, 'ArrowUp', connectionsOf)).toEqual(onEast);
  });

  it('stays put where there is nowhere to go', () => {
    const alone: WalkState = { anchor: 'x', focus: 'x', trail: [] };
    expect(walkGraph(alone, 'ArrowRight', connectionsOf)).toBe(alone);
    expect(walkGraph(alone, 'ArrowUp', connectionsOf)).toBe(alone);
    expect(walkGraph(alone, 'ArrowDown', connectionsOf)).toBe(alone);
  });
});

describe('pointAt', () => {
  it('finds the nearest point within reach', () => {
    expect(pointAt(around, 8, 1, () => 5)?.id).toBe('east');
    expect(pointAt(around, 5, 5, () => 5)).toBeUndefined();
  });
});
