import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { publicationExportHref, publicationHref } from '../../src/lib/site/publication-slug.ts';
import { buildProject, copyProject } from '../support/project-copy.ts';

/** A key with a colon, as Google Scholar writes them: its pages live under a safe slug. */
const KEY = 'injection:2024';
// As pages show it: sentence case (CSL), so "Injection" after the script tag is lowercased; the .bib keeps the source.
const TITLE_TEXT = '<script>window.__injected=3</script> injection "test" & <b>bold</b> <img src=x onerror="window.__injected=4">';

let folder = '';
let server: { origin: string; close: () => Promise<void> } | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  folder = copyProject();
  copyFileSync('tests/fixtures/injection.bib', join(folder, 'references/injection.bib'));
  const build = buildProject(folder);
  expect(build.status, build.output).toBe(0);
  server = await serveStatic(join(folder, 'dist'));
});

test.afterAll(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Visits a page, and fails if any injected code ran or injected elements exist. */
async function expectInert(page: Page, path: string): Promise<void> {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`${server?.origin}${path}`, { waitUntil: 'networkidle' });
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected), `${path}: injected code ran`).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload], [onerror], b:text("bold")').count(), `${path}: injected elements exist`).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count(), `${path}: a javascript: link`).toBe(0);
  expect(dialogs).toEqual([]);
}

test('the publication page shows hostile fields as text, and no code runs', async ({ page }) => {
  await expectInert(page, publicationHref(KEY));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_TEXT);
  await expect(page.locator('dl.facts')).toContainText('<img src=x onerror="window.__injected=5"> Journal of </title> Tests');
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', TITLE_TEXT);
  await expect(page).toHaveTitle(/^<script>window.__injected=3<\/script> injection/);
  const jsonLdSource = (await page.locator('script[type="application/ld+json"]').textContent()) ?? '';
  expect(jsonLdSource).not.toContain('</script>');
  expect(JSON.parse(jsonLdSource).headline).toBe(TITLE_TEXT);
  for (const style of ['APA 7', 'Vancouver', 'Harvard']) {
    await expect(page.getByRole('region', { name: style })).toContainText('& <b>bold</b> <img src=x onerror="window.__injected=4">');
  }
});

test('lists, COinS and the basket keep hostile fields as text', async ({ page }) => {
  await expectInert(page, '/publications/');
  const coins = await page.locator(`li:has(a[href="${publicationHref(KEY)}"]) .Z3988`).getAttribute('title');
  expect(coins).toContain(`rft.atitle=${encodeURIComponent(TITLE_TEXT)}`);
  await page.getByRole('checkbox', { name: /Add “<script>window/ }).check();
  await page.getByRole('button', { name: /Cite basket/ }).click();
  await expect(page.locator('#basket-panel')).toContainText(TITLE_TEXT);
  await expectInert(page, '/publications/');
});

test('search results and the evidence graph keep hostile fields as text', async ({ page }) => {
  const dist = join(folder, 'dist');
  test.skip(!existsSync(join(dist, 'search/index.html')) && !existsSync(join(dist, 'graph/index.html')), 'search and graph pages are not built yet');
  if (existsSync(join(dist, 'search/index.html'))) {
    await expectInert(page, '/search/?q=injection');
    await expect(page.getByText('injection "test"').first()).toBeVisible();
    await expectInert(page, '/search/?q=injection');
  }
  if (existsSync(join(dist, 'graph/index.html'))) await expectInert(page, `/graph/?node=${encodeURIComponent(`pub:${KEY}`)}`);
});

test('exports carry the fields as data', async ({ request }) => {
  const bib = await (await request.get(`${server?.origin}${publicationExportHref(KEY, 'bib')}`)).text();
  expect(bib).toMatch(/title\s+= \{<script>window\.__injected=3<\/script> Injection "test" & <b>bold<\/b>/);
  const csl = JSON.parse(await (await request.get(`${server?.origin}${publicationExportHref(KEY, 'json')}`)).text());
  expect(csl[0].title).toBe(TITLE_TEXT);
  expect(csl[0].URL).toBe('javascript:window.__injected=7');
});
