import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from './graph-types.ts';
import { nodeShapeSvgPath } from './node-shapes.ts';

describe('node shapes', () => {
  it('gives every kind of node its own legend shape', () => {
    const paths = NODE_TYPES.map(nodeShapeSvgPath);
    expect(new Set(paths).size).toBe(NODE_TYPES.length);
    expect(nodeShapeSvgPath('chime')).toBe('M8 0.5L15.5 8L8 15.5L0.5 8Z');
  });
});
