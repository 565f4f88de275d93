import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { GlossaryTermSchema } from '../../src/schemas/glossary.ts';
import { inSite, relative } from '../support/base-path.ts';

/** The glossary the site was built from. */
const terms = (parse(readFileSync('content/glossary.yaml', 'utf8')) as unknown[]).map((entry) => GlossaryTermSchema.parse(entry));
const definitionOf = (id: string) => terms.find((term) => term.id === id)!.definition;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** A page whose prose uses several terms. */
const PAGE = '/evidence/theory/';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('/glossary/ has every term, at its own address, with its definition and source', async ({ page }) => {
  expect(terms.length).toBeGreaterThanOrEqual(25);
  await page.goto(relative('/glossary/'));
  await expect(page.locator('.glossary-entry')).toHaveCount(terms.length);
  for (const term of terms) {
    const entry = page.locator(`[id="${term.id}"]`);
    await expect(entry.getByRole('heading', { level: 3 })).toHaveText(term.term);
    await expect(entry).toContainText(term.definition);
    await expect(entry.locator('.glossary-entry__source a')).toHaveCount(term.cite.length + (term.source ? 1 : 0));
  }
});

test('a term is marked at its first use on a page only, described by its definition even without the script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(relative(PAGE));
  const marks = page.locator('main a.glossary-term');
  const ids = await marks.evaluateAll((links) => links.map((link) => link.getAttribute('data-glossary') ?? ''));
  expect(ids.length).toBeGreaterThan(2);
  expect(new Set(ids).size).toBe(ids.length);
  const first = marks.first();
  await expect(first).toHaveAccessibleDescription(definitionOf(ids[0]!));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${inSite('/glossary/')}#${ids[0]}$`));
  await context.close();
});

test('the definition opens in place on hover and on keyboard focus, and Escape closes it', async ({ page }) => {
  await page.goto(relative(PAGE));
  const term = page.locator('main a.glossary-term').first();
  const id = (await term.getAttribute('data-glossary'))!;
  const tip = page.getByRole('tooltip');
  await term.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(definitionOf(id));
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  const [termBox, tipBox] = [await term.boundingBox(), await tip.boundingBox()];
  expect(Math.abs(tipBox!.y - (termBox!.y + termBox!.height))).toBeLessThan(40);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(term).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with a definition open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(relative(PAGE));
    await page.locator('main a.glossary-term').first().focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the first tap opens the definition in place, the second follows the link', async ({ page }) => {
    await page.goto(relative(PAGE));
    const term = page.locator('main a.glossary-term').first();
    const id = (await term.getAttribute('data-glossary'))!;
    await term.tap();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(definitionOf(id));
    await expect(page).toHaveURL(new RegExp(`${inSite(PAGE)}$`));
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await term.tap();
    await expect(page).toHaveURL(new RegExp(`${inSite('/glossary/')}#${id}$`));
  });
});

test('search finds every term on the glossary page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(relative('/search/'));
  const glossary = inSite('/glossary/');
  const missing = await page.evaluate(
    async ({ words, bundle, glossaryPath }) => {
      const pagefind = await import(bundle);
      const notFound: string[] = [];
      for (const word of words) {
        const search = await pagefind.search(word);
        const urls = await Promise.all(search.results.map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url));
        if (!urls.some((url: string) => url.startsWith(glossaryPath))) notFound.push(word);
      }
      return notFound;
    },
    { words: terms.map((term) => term.term), bundle: inSite('/pagefind/pagefind.js'), glossaryPath: glossary },
  );
  expect(missing).toEqual([]);
});
