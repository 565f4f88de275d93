import type { GraphNodeType } from './graph-types.ts';

/**
 * The outline of each kind of node, as points on a unit radius (a circle for publications), so that
 * the kinds differ by shape as well as colour; the canvas and the legend draw from the same table.
 */
export const NODE_SHAPES: Record<GraphNodeType, [number, number][] | 'circle'> = {
  stage: [[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]],
  chime: [[0, -1.25], [1.25, 0], [0, 1.25], [-1.25, 0]],
  component: [[-0.55, -1], [0.55, -1], [1.1, 0], [0.55, 1], [-0.55, 1], [-1.1, 0]],
  practice: [[0, -1.2], [1.15, 0.9], [-1.15, 0.9]],
  publication: 'circle',
};

/** An SVG path of a kind's shape centred in a 16 × 16 box, for legends. */
export function nodeShapeSvgPath(type: GraphNodeType): string {
  const shape = NODE_SHAPES[type];
  if (shape === 'circle') return 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11z';
  const scale = 6;
  return `${shape.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${8 + x * scale} ${8 + y * scale}`).join('')}Z`;
}
