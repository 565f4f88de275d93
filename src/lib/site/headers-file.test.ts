import { expect, test } from 'vitest';
import { EXPORT_FORMATS } from '../export/export-formats.ts';
import { buildHeaderRules, formatHeaderRules } from './headers-file.ts';

test("every export file gets its format's media type, with charset, so does the feed, and hashed assets are immutable", () => {
  expect(formatHeaderRules(buildHeaderRules('/'))).toBe(
    [
      '/*.bib\n  Content-Type: application/x-bibtex; charset=utf-8\n',
      '/publications/*.ris\n  Content-Type: application/x-research-info-systems; charset=utf-8\n',
      '/references.ris\n  Content-Type: application/x-research-info-systems; charset=utf-8\n',
      '/publications/*.json\n  Content-Type: application/vnd.citationstyles.csl+json; charset=utf-8\n',
      '/references.json\n  Content-Type: application/vnd.citationstyles.csl+json; charset=utf-8\n',
      '/changes.atom\n  Content-Type: application/atom+xml; charset=utf-8\n',
      '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    ].join('\n'),
  );
});

test('the rules follow the registry: one Content-Type per format, each with a charset', () => {
  const rules = buildHeaderRules('/');
  for (const format of EXPORT_FORMATS) {
    const types = rules.filter((rule) => rule.path.endsWith(`.${format.extension}`)).flatMap((rule) => rule.headers);
    expect(types.length).toBeGreaterThan(0);
    for (const [name, value] of types) expect([name, value]).toEqual(['Content-Type', format.mediaType]);
    expect(format.mediaType).toMatch(/; charset=utf-8$/);
  }
});

test('under a base path every rule is under it', () => {
  expect(buildHeaderRules('/refocus/').map((rule) => rule.path)).toEqual([
    '/refocus/*.bib',
    '/refocus/publications/*.ris',
    '/refocus/references.ris',
    '/refocus/publications/*.json',
    '/refocus/references.json',
    '/refocus/changes.atom',
    '/refocus/_astro/*',
  ]);
});
