import { expect, it } from 'vitest';
import { mediaTypeOf } from './serve-static.ts';

it('serves export files with the registry’s media types and other files with their own', () => {
  expect(mediaTypeOf('publications/a.bib')).toBe('application/x-bibtex; charset=utf-8');
  expect(mediaTypeOf('references.ris')).toBe('application/x-research-info-systems; charset=utf-8');
  expect(mediaTypeOf('publications/a.json')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
  expect(mediaTypeOf('manual/recovery.bib')).toBe('application/x-bibtex; charset=utf-8');
  expect(mediaTypeOf('graph.json')).toBe('application/json');
  expect(mediaTypeOf('index.html')).toBe('text/html; charset=utf-8');
  expect(mediaTypeOf('a.unknown')).toBe('application/octet-stream');
});
