/**
 * The outlines a kind of node can have, as points on a unit radius (a circle for publications), so
 * that the kinds differ by shape as well as colour; the canvas and the legend draw from the same
 * table. A dimension picks one by name in content/framework.yaml (`graph.shape`).
 */
export const NODE_SHAPES: Record<string, [number, number][] | 'circle'> = {
  square: [
    [-0.9, -0.9],
    [0.9, -0.9],
    [0.9, 0.9],
    [-0.9, 0.9],
  ],
  diamond: [
    [0, -1.25],
    [1.25, 0],
    [0, 1.25],
    [-1.25, 0],
  ],
  hexagon: [
    [-0.55, -1],
    [0.55, -1],
    [1.1, 0],
    [0.55, 1],
    [-0.55, 1],
    [-1.1, 0],
  ],
  triangle: [
    [0, -1.2],
    [1.15, 0.9],
    [-1.15, 0.9],
  ],
  pentagon: [
    [0, -1.1],
    [1.05, -0.34],
    [0.65, 0.89],
    [-0.65, 0.89],
    [-1.05, -0.34],
  ],
  star: [
    [0, -1.25],
    [0.33, -0.45],
    [1.19, -0.39],
    [0.53, 0.17],
    [0.73, 1.01],
    [0, 0.55],
    [-0.73, 1.01],
    [-0.53, 0.17],
    [-1.19, -0.39],
    [-0.33, -0.45],
  ],
  circle: 'circle',
};

/** An SVG path of a named shape centred in a 16 × 16 box, for legends (a circle for an unknown name). */
export function nodeShapeSvgPath(shapeName: string): string {
  const shape = NODE_SHAPES[shapeName] ?? 'circle';
  if (shape === 'circle') return 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11z';
  const scale = 6;
  return `${shape.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${8 + x * scale} ${8 + y * scale}`).join('')}Z`;
}
