import { describe, expect, it } from 'vitest';
import { ALL_SIDES, placeLabels, type Box, type LabelRequest } from './place-labels.ts';

const bounds: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const label = (id: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({ id, x, y, radius: 5, width: 60, height: 14, sides: ALL_SIDES, ...extra });
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeLabels', () => {
  it('puts a lone label on its first side', () => {
    const [placed] = placeLabels([label('a', 100, 100)], [], bounds);
    expect(placed).toMatchObject({ id: 'a', side: 'right', left: 108, top: 93 });
  });

  it('moves a label to another side rather than overlap, and none of the placed labels overlap', () => {
    const requests = [label('a', 100, 100), label('b', 130, 100), label('c', 115, 120), label('d', 115, 80)];
    const placed = placeLabels(requests, requests, bounds);
    expect(placed.length).toBeGreaterThan(2);
    for (const one of placed) for (const other of placed) if (one !== other) expect(overlap(one, other)).toBe(false);
    expect(placed.find((one) => one.id === 'a')?.side).not.toBe('right');
  });

  it('leaves out a label that has no free place, the least important first', () => {
    const crowd = Array.from({ length: 12 }, (_, index) => label(`n${index}`, 100 + (index % 3), 100 + (index % 4)));
    const placed = placeLabels(crowd, crowd, bounds);
    expect(placed.length).toBeLessThan(crowd.length);
    expect(placed[0]?.id).toBe('n0');
  });

  it('keeps labels inside the bounds: a node at the right edge is labelled on its left', () => {
    const [placed] = placeLabels([label('edge', 395, 150)], [], bounds);
    expect(placed?.side).toBe('left');
    expect(placed && placed.right <= bounds.right).toBe(true);
  });

  it('keeps a label on the side it had, when that side is still free', () => {
    const [placed] = placeLabels([label('a', 100, 100)], [], bounds, new Map([['a', 'above-left']]));
    expect(placed?.side).toBe('above-left');
  });

  it('avoids covering other nodes, and covers them only when allowed and nothing else is free', () => {
    const blockers = ALL_SIDES.map((_, index) => ({ id: `x${index}`, x: 100 + 40 * Math.cos(index), y: 100 + 20 * Math.sin(index), radius: 30 }));
    expect(placeLabels([label('a', 100, 100)], blockers, bounds)).toEqual([]);
    expect(placeLabels([label('a', 100, 100, { overNodes: true })], blockers, bounds)).toHaveLength(1);
    const solid = blockers.map((blocker) => ({ ...blocker, solid: true }));
    expect(placeLabels([label('a', 100, 100, { overNodes: true })], solid, bounds)).toEqual([]);
  });

  it('shows a label that must be shown, moved inside the bounds', () => {
    const [placed] = placeLabels([label('a', 395, 2, { sides: ['right'], always: true })], [], bounds);
    expect(placed).toMatchObject({ left: 340, right: 400, top: 0 });
  });
});
