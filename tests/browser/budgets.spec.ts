import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { relative } from '../support/base-path.ts';

/**
 * Page weight on a first visit (empty cache), as a host that compresses text sends it: each response
 * is gzipped here (the preview server sends it plain), then summed. Budgets: a content page under
 * 50 KB in all, and under 10 KB of JavaScript before search or the graph is used.
 */
const PAGE_BUDGET = 50 * 1024;
const SCRIPT_BUDGET = 10 * 1024;
/** One page of each content type: home, a stage, a publication, a manual chapter, the changelog, the glossary. */
const CONTENT_PAGES = ['/', '/evidence/theory/', '/publications/leamy2011conceptual/', '/manual/supporting-goal-striving/', '/changes/', '/glossary/'];

for (const path of CONTENT_PAGES) {
  test(`${path} stays within the page budgets on a first visit`, async ({ page }) => {
    const sizes: { url: string; type: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => undefined);
      if (body) sizes.push({ url: response.url(), type: response.request().resourceType(), bytes: gzipSync(body).length });
    });
    await page.goto(relative(path), { waitUntil: 'networkidle' });
    await page.mouse.move(200, 300); // the reader moves the pointer: nothing heavy loads yet
    await page.waitForLoadState('networkidle');
    const total = sizes.reduce((sum, entry) => sum + entry.bytes, 0);
    const scripts = sizes.filter((entry) => entry.type === 'script');
    const scriptBytes = scripts.reduce((sum, entry) => sum + entry.bytes, 0);
    expect(sizes.some((entry) => entry.type === 'document')).toBe(true);
    expect(total, sizes.map((entry) => `${entry.bytes} ${entry.url}`).join('\n')).toBeLessThan(PAGE_BUDGET);
    expect(scriptBytes, scripts.map((entry) => `${entry.bytes} ${entry.url}`).join('\n')).toBeLessThan(SCRIPT_BUDGET);
    expect(scripts.some((entry) => /pagefind|d3|graph-explorer/.test(entry.url))).toBe(false);
  });
}
