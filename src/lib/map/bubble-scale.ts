/**
 * The size of a cell's bubble: its area grows in proportion to the count (a square-root scale of the
 * radius), so a cell with four publications looks four times as big as a cell with one, never sixteen.
 * Every view of the map shares one scale (the largest count of all views), so that switching views
 * keeps sizes comparable.
 */
export interface BubbleScale {
  /** The largest count the scale is drawn for (at least 1). */
  maxCount: number;
  /** The radius of the largest bubble, in the drawing's units (px). */
  maxRadius: number;
  /** The smallest radius drawn, so a single publication among hundreds stays visible (px). */
  minRadius: number;
}

/** A scale whose largest bubble stands for `maxCount` (0 is treated as 1: a map of gaps only). */
export function createBubbleScale(maxCount: number, maxRadius = 17, minRadius = 3.5): BubbleScale {
  return { maxCount: Math.max(1, maxCount), maxRadius, minRadius };
}

/** The radius for a count, rounded to 0.1 px; 0 for no publication. */
export function bubbleRadius(scale: BubbleScale, count: number): number {
  if (count <= 0) return 0;
  const radius = scale.maxRadius * Math.sqrt(Math.min(count, scale.maxCount) / scale.maxCount);
  return Math.round(Math.max(scale.minRadius, radius) * 10) / 10;
}

/**
 * The counts the map's key shows as sample bubbles: 1, about half the largest, and the largest, each
 * once (`[1, 2, 4]` for 4; `[1]` for 1).
 */
export function keyCounts(scale: BubbleScale): number[] {
  return [...new Set([1, Math.round(scale.maxCount / 2), scale.maxCount])].filter((count) => count >= 1).sort((a, b) => a - b);
}
