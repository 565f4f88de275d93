import { expect, test, type Locator, type Page } from '@playwright/test';

/** Whether some of the element is on screen (its box overlaps the viewport). */
async function isOnScreen(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  return Boolean(box && viewport && box.y < viewport.height && box.y + box.height > 0 && box.x < viewport.width && box.x + box.width > 0);
}

/** Whether the page itself can scroll sideways (the document wider than the window). */
async function scrollsSideways(page: Page): Promise<boolean> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(innerWidth).toBe(page.viewportSize()?.width);
  return scrollWidth > innerWidth;
}

test.describe('on a wide screen (1280 × 900)', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the table begins in the first viewport, with its first row and the panel beside it', async ({ page }) => {
    await page.goto('./map/');
    const table = page.locator('[data-map-view="chime"] table');
    await expect(table).toBeVisible();
    const box = await table.boundingBox();
    expect(box?.y).toBeLessThan(900);
    const firstRow = await table.locator('tbody tr').first().boundingBox();
    expect((firstRow?.y ?? Infinity) + (firstRow?.height ?? 0)).toBeLessThan(900);
    // How to read it sits beside the table, not above it.
    const intro = await page.getByRole('region', { name: 'How to read the map' }).boundingBox();
    expect(intro?.x).toBeGreaterThan((box?.x ?? 0) + (box?.width ?? 0));
  });

  test('a chosen cell’s publications appear beside the table, which stays in view', async ({ page }) => {
    await page.goto('./map/');
    const table = page.locator('[data-map-view="chime"] table');
    const count = page.getByRole('link', { name: /^\d+ publications?: Intervention × Hope/ });
    await count.click();
    const panel = page.locator('#cell-chime-intervention--hope');
    await expect(panel).toBeFocused();
    await expect(panel.locator('.publication-title').first()).toBeVisible();
    expect(await isOnScreen(page, panel.locator('.publication-title').first())).toBe(true);
    expect(await isOnScreen(page, table)).toBe(true);
    expect(await isOnScreen(page, count)).toBe(true);
    const tableBox = await table.boundingBox();
    const panelBox = await panel.boundingBox();
    expect(panelBox?.x).toBeGreaterThan((tableBox?.x ?? 0) + (tableBox?.width ?? 0));
  });
});

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the page never scrolls sideways; the table scrolls inside its own named, focusable region', async ({ page }) => {
    for (const view of ['chime', 'components', 'practices']) {
      await page.goto(`./map/?view=${view}`);
      await expect(page.locator(`[data-map-view="${view}"] table`)).toBeVisible();
      expect(await scrollsSideways(page), view).toBe(false);
    }
    await page.goto('./map/');
    const region = page.getByRole('region', { name: 'Publications by MRC stage (rows) and CHIME processes (columns)' });
    await expect(region).toHaveAttribute('tabindex', '0');
    // The row names stay in view when the table is scrolled to its end.
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await region.evaluate((element) => ((element.scrollLeft = element.scrollWidth), element.scrollLeft))).toBeGreaterThan(0);
    expect(await isOnScreen(page, page.getByRole('link', { name: 'Theory stage' }))).toBe(true);
    expect(await scrollsSideways(page)).toBe(false);
  });

  test('a chosen cell’s list opens below the table, on screen, without widening the page', async ({ page }) => {
    await page.goto('./map/');
    await page.getByRole('link', { name: /^\d+ publications?: Theory × Hope/ }).click();
    const panel = page.locator('#cell-chime-theory--hope');
    await expect(panel).toBeFocused();
    expect(await isOnScreen(page, panel.getByRole('heading', { level: 2 }))).toBe(true);
    expect(await scrollsSideways(page)).toBe(false);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    expect(await isOnScreen(page, page.getByRole('link', { name: /^\d+ publications?: Theory × Hope/ }))).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  test('the tables show their numbers and links, and the page still does not scroll sideways', async ({ page }) => {
    await page.goto('./map/');
    await expect(page.locator('a.map-count').first()).toHaveText(/^\d+ publications?: /);
    await expect(page.locator('.map-count__number').first()).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
  });
});
