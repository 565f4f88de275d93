import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * One page of each type: home, a section's introduction, a stage, a publication, lists (all, by study type),
 * map, graph, search, the manual and a chapter, glossary, changes, about and the page for a missing address.
 */
const PAGE_TYPES = [
  './',
  './chime/',
  './evidence/theory/',
  './publications/leamy2011conceptual/',
  './publications/',
  './publications/type/systematic-review/',
  './map/',
  './graph/',
  './search/',
  './manual/',
  './manual/supporting-goal-striving/',
  './glossary/',
  './changes/',
  './about/',
  './no-such-page/',
];

const headerHeight = (page: Page) => page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.describe('on a wide screen (1280×900)', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the header is one row, at most 72 px, with every section in it and no menu button', async ({ page }) => {
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      expect(await headerHeight(page), path).toBeLessThanOrEqual(72);
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Publications' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
      await expect(page.locator('[data-search-shortcut]')).toBeVisible();
    }
  });
});

test.describe('sticky from 1024 px', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the header stays at the top of a long page, and a linked section is not hidden under it', async ({ page }) => {
    await page.goto('./evidence/theory/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const box = await page.locator('.site-header').boundingBox();
    expect(box?.y).toBe(0);
    const header = box?.height ?? 0;
    await page.goto('./glossary/#qpr');
    const entry = await page.locator('[id="qpr"]').boundingBox();
    expect(entry?.y ?? 0).toBeGreaterThanOrEqual(header);
  });
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the header is at most 64 px, no page is wider than the screen, and no keyboard shortcut is shown', async ({ page }) => {
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      expect(await headerHeight(page), path).toBeLessThanOrEqual(64);
      expect(await pageWidth(page), path).toBeLessThanOrEqual(390);
      await expect(page.locator('[data-search-shortcut]')).toBeHidden();
    }
  });

  test('the menu button opens the navigation, and Escape closes it and returns focus to the button', async ({ page }) => {
    await page.goto('./evidence/theory/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await expect(navigation.getByRole('link', { name: 'Publications' })).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(navigation.getByRole('link', { name: 'Publications' })).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([]);
    }
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(navigation.getByRole('link', { name: 'Publications' })).toBeHidden();
    await menu.click();
    await navigation.getByRole('link', { name: 'Publications' }).click();
    await expect(page).toHaveURL('./publications/');
  });
});
