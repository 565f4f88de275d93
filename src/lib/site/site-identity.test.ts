import { describe, expect, test } from 'vitest';
import { normaliseBase, PREVIEW_ORIGIN, resolveSiteIdentity, withBase } from './site-identity.ts';

const file = { owner: 'Owners', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } };

describe('resolveSiteIdentity', () => {
  test('without an address the site is for previewing, at the preview origin', () => {
    const { identity, problems } = resolveSiteIdentity(file, {});
    expect(problems).toEqual([]);
    expect(identity).toMatchObject({ origin: PREVIEW_ORIGIN, base: '/', home: `${PREVIEW_ORIGIN}/`, isPreview: true });
  });

  test('SITE_URL and BASE_PATH override the file', () => {
    const { identity } = resolveSiteIdentity({ ...file, url: 'https://file.example', base: '/a/' }, { SITE_URL: 'https://env.example', BASE_PATH: 'refocus' });
    expect(identity).toMatchObject({ origin: 'https://env.example', base: '/refocus/', home: 'https://env.example/refocus/', isPreview: false });
  });

  test('the file is used when the environment is silent', () => {
    expect(resolveSiteIdentity({ ...file, url: 'https://file.example', base: '/a/' }, {}).identity.home).toBe('https://file.example/a/');
  });

  test('a production build refuses to start without an address or a contact', () => {
    expect(resolveSiteIdentity(file, { SITE_ENV: 'production' }).problems).toEqual([
      "A production build needs the site's address, and none is configured. Fix: set SITE_URL (e.g. SITE_URL=https://example.net) or `url` in content/site.yaml.",
      'A production build needs a contact, and content/site.yaml has none. Fix: set `contact` (label and href, an https:// page or mailto:) in content/site.yaml.',
    ]);
    expect(resolveSiteIdentity({ ...file, contact: { label: 'Us', href: 'mailto:us@x.example' } }, { SITE_ENV: 'production', SITE_URL: 'https://x.example' }).problems).toEqual([]);
  });

  test('a SITE_URL that is not an address, or that holds a path, is a problem', () => {
    expect(resolveSiteIdentity(file, { SITE_URL: 'example.net' }).problems[0]).toMatch(/SITE_URL is "example.net", which is not an http\(s\) address/);
    expect(resolveSiteIdentity(file, { SITE_URL: 'https://x.example/refocus' }).problems[0]).toMatch(/BASE_PATH=\/refocus\//);
  });
});

test('normaliseBase', () => {
  expect(['', '/', 'refocus', '/refocus', '/refocus/', '//a/b//'].map(normaliseBase)).toEqual(['/', '/', '/refocus/', '/refocus/', '/refocus/', '/a/b/']);
});

test('withBase prefixes site paths only', () => {
  expect(withBase('/refocus/', '/map/')).toBe('/refocus/map/');
  expect(withBase('/refocus/', '/')).toBe('/refocus/');
  expect(withBase('/refocus/', '/refocus/map/')).toBe('/refocus/map/');
  expect(withBase('/refocus/', '/refocus')).toBe('/refocus');
  expect(withBase('/refocus/', '/refocusing/')).toBe('/refocus/refocusing/');
  expect(withBase('/', '/map/')).toBe('/map/');
  for (const other of ['https://doi.org/x', '//cdn.example/a', '#top', '?q=a', 'map/', 'mailto:a@b.example']) expect(withBase('/refocus/', other)).toBe(other);
});
