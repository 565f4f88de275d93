import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { ChangeSchema } from '../../src/schemas/changes.ts';
import { HOME, inSite, relative } from '../support/base-path.ts';

/** The changelog the site was built from: the independent answer the pages must give. */
const changes = (parse(readFileSync('content/changes.yaml', 'utf8')) as unknown[]).map((entry) => ChangeSchema.parse(entry));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const dateText = (date: Date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);

test('/changes/ lists every change, newest first, with its date, kind and summary', async ({ page }) => {
  await page.goto(relative('/changes/'));
  const items = page.locator('ol.change-log > li');
  await expect(items).toHaveCount(changes.length);
  const dates = await items.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  for (const change of changes) {
    const item = page.locator(`li[id="${change.id}"]`);
    await expect(item.getByRole('heading', { level: 2 })).toHaveText(change.title);
    await expect(item.locator('time')).toHaveText(dateText(change.date));
    await expect(item.locator('.change__summary')).toHaveText(change.summary.replace(/\s+/g, ' '));
  }
});

test('/changes/ says when the log last changed, and the sitemap gives that day as its lastmod', async ({ page }) => {
  const newest = changes
    .map((change) => change.date.toISOString().slice(0, 10))
    .sort()
    .at(-1)!;
  await page.goto(relative('/changes/'));
  await expect(page.locator('.change-log__updated time')).toHaveAttribute('datetime', newest);
  const sitemap = await (await page.request.get(relative('/sitemap.xml'))).text();
  expect(sitemap).toContain(`<loc>${new URL('changes/', HOME).href}</loc><lastmod>${newest}</lastmod>`);
});

test('the kinds filter the list, the current one marked, by keyboard', async ({ page }) => {
  await page.goto(relative('/changes/'));
  const filter = page.getByRole('navigation', { name: 'Kinds of change' });
  await expect(filter.getByRole('link', { name: /^All/ })).toHaveAttribute('aria-current', 'page');
  await filter.getByRole('link', { name: /^Corrections/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${inSite('/changes/corrected/')}$`));
  const corrected = changes.filter((change) => change.kind === 'corrected');
  await expect(page.locator('ol.change-log > li')).toHaveCount(corrected.length);
  await expect(page.locator('ol.change-log > li[data-kind="corrected"]')).toHaveCount(corrected.length);
  await expect(page.getByRole('navigation', { name: 'Kinds of change' }).getByRole('link', { name: /^Corrections/ })).toHaveAttribute('aria-current', 'page');
});

test("a publication's page says when it was added and corrected, linking to the entries", async ({ page }) => {
  const key = changes.find((change) => change.kind === 'added')!.publications[0]!;
  const concerning = changes.filter((change) => change.publications.includes(key));
  expect(concerning.length).toBeGreaterThan(1);
  await page.goto(relative(`/publications/${key}/`));
  const history = page.locator('ul.history > li');
  await expect(history).toHaveCount(concerning.length);
  const added = concerning.find((change) => change.kind === 'added')!;
  await expect(history.first()).toContainText(`Added on ${dateText(added.date)}`);
  await history.first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${inSite('/changes/')}#${added.id}$`));
  await expect(page.locator(`li[id="${added.id}"]`)).toBeInViewport();
});

test('every page advertises the feed, which is served as Atom with absolute links', async ({ page }) => {
  await page.goto(relative('/evidence/theory/'));
  const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(link).toHaveAttribute('href', inSite('/changes.atom'));
  const response = await page.request.get(relative('/changes.atom'));
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  expect(xml.match(/<entry>/g)).toHaveLength(changes.length);
  expect(xml).toContain(`<link rel="self" href="${new URL('changes.atom', HOME).href}"/>`);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /changes/ with a list of publications open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(relative('/changes/'));
    await page.locator('details.change__concerns summary').first().click();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
