import { describe, expect, it } from 'vitest';
import { addressOf, decodeAddress, resolveAddress } from './site-paths.ts';

describe('addressOf', () => {
  it('gives directory pages their address with a trailing slash, and files their own name', () => {
    expect(['index.html', 'about/index.html', 'about/data/index.html', '404.html', 'references.bib'].map((file) => addressOf(file))).toEqual([
      '/',
      '/about/',
      '/about/data/',
      '/404.html',
      '/references.bib',
    ]);
  });
  it('puts the base path in front', () => {
    expect(['index.html', 'about/index.html', 'references.bib'].map((file) => addressOf(file, '/refocus/'))).toEqual(['/refocus/', '/refocus/about/', '/refocus/references.bib']);
  });
});

describe('resolveAddress', () => {
  const files = new Set(['index.html', 'about/index.html', 'references.bib', 'a b/index.html']);
  it('finds the file a static server would send', () => {
    expect(resolveAddress('/', files)).toEqual({ kind: 'file', file: 'index.html' });
    expect(resolveAddress('/about/', files)).toEqual({ kind: 'file', file: 'about/index.html' });
    expect(resolveAddress('/references.bib', files)).toEqual({ kind: 'file', file: 'references.bib' });
    expect(resolveAddress('/a b/', files)).toEqual({ kind: 'file', file: 'a b/index.html' });
  });
  it('tells a missing trailing slash from a missing page', () => {
    expect(resolveAddress('/about', files)).toEqual({ kind: 'missing-slash', file: 'about/index.html', address: '/about/' });
    expect(resolveAddress('/abut/', files)).toEqual({ kind: 'missing' });
    expect(resolveAddress('/references.ris', files)).toEqual({ kind: 'missing' });
  });
  it('under a base path, finds files only beneath it', () => {
    expect(resolveAddress('/refocus/about/', files, '/refocus/')).toEqual({ kind: 'file', file: 'about/index.html' });
    expect(resolveAddress('/refocus/', files, '/refocus/')).toEqual({ kind: 'file', file: 'index.html' });
    expect(resolveAddress('/refocus/about', files, '/refocus/')).toEqual({ kind: 'missing-slash', file: 'about/index.html', address: '/refocus/about/' });
    expect(resolveAddress('/refocus', files, '/refocus/')).toEqual({ kind: 'missing-slash', file: 'index.html', address: '/refocus/' });
    expect(resolveAddress('/about/', files, '/refocus/')).toEqual({ kind: 'missing' });
  });
});

it('decodes percent-encoding, and gives undefined for a malformed one', () => {
  expect(decodeAddress('a%20b')).toBe('a b');
  expect(decodeAddress('%E0%A4%A')).toBeUndefined();
});
