import { expect, it } from 'vitest';
import { buildRobotsTxt } from './robots.ts';

it('allows everything and names the sitemap by its absolute address', () => {
  expect(buildRobotsTxt('https://example.org/base/')).toBe('User-agent: *\nAllow: /\nSitemap: https://example.org/base/sitemap.xml\n');
});
