import { describe, expect, it } from 'vitest';
import { bubbleRadius, createBubbleScale, keyCounts } from './bubble-scale.ts';

describe('bubble scale', () => {
  it('makes the area, not the radius, grow with the count', () => {
    const scale = createBubbleScale(16, 20, 1);
    const area = (count: number) => bubbleRadius(scale, count) ** 2;
    expect(bubbleRadius(scale, 16)).toBe(20);
    expect(bubbleRadius(scale, 4)).toBe(10);
    expect(area(8) / area(4)).toBeCloseTo(2, 1);
  });

  it('draws nothing for a gap, and never less than the smallest radius for one publication', () => {
    const scale = createBubbleScale(400, 17, 3.5);
    expect(bubbleRadius(scale, 0)).toBe(0);
    expect(bubbleRadius(scale, 1)).toBe(3.5);
    expect(bubbleRadius(scale, 900)).toBe(17);
  });

  it('treats a map with no publication as a scale of one', () => {
    expect(createBubbleScale(0).maxCount).toBe(1);
  });

  it('offers one, about half and the largest count as samples for the key, each once', () => {
    expect(keyCounts(createBubbleScale(4))).toEqual([1, 2, 4]);
    expect(keyCounts(createBubbleScale(25))).toEqual([1, 13, 25]);
    expect(keyCounts(createBubbleScale(2))).toEqual([1, 2]);
    expect(keyCounts(createBubbleScale(1))).toEqual([1]);
  });
});
