import { expect, it } from 'vitest';
import { NODE_SHAPE_NAMES } from '../../schemas/framework.ts';
import { NODE_SHAPES, nodeShapeSvgPath } from './node-shapes.ts';

it('draws every shape a framework may name, each different, and the circle', () => {
  for (const name of NODE_SHAPE_NAMES) expect(NODE_SHAPES[name]).toBeDefined();
  const paths = [...NODE_SHAPE_NAMES, 'circle'].map(nodeShapeSvgPath);
  expect(new Set(paths).size).toBe(NODE_SHAPE_NAMES.length + 1);
  expect(nodeShapeSvgPath('diamond')).toBe('M8 0.5L15.5 8L8 15.5L0.5 8Z');
});
