import { describe, expect, it } from 'vitest';
import { packageOf } from './module-graph.ts';

describe('packageOf', () => {
  it('names the package of a bare import, scoped or not, with or without a subpath', () => {
    expect(['pdf-lib', 'astro/zod', '@citation-js/core', '@citation-js/plugin-bibtex/lib/input/entries.js'].map(packageOf)).toEqual([
      'pdf-lib',
      'astro',
      '@citation-js/core',
      '@citation-js/plugin-bibtex',
    ]);
  });
});
