import AxeBuilder from '@axe-core/playwright';
import { relative } from '../support/base-path.ts';
import { expect, test } from '@playwright/test';
import { listBuiltPages } from '../support/site.ts';

/** WCAG 2.2 A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violationsOn(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

test.describe('axe finds no violation', () => {
  const pages = listBuiltPages();
  test('on every built page, in light and dark schemes', async ({ page }) => {
    test.setTimeout(pages.length * 12_000);
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const path of pages) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(relative(path));
        problems.push(...(await violationsOn(page)).map((violation) => `${path} (${colorScheme}): ${violation}`));
      }
    }
    expect(problems).toEqual([]);
  });

  test('with the cite basket open', async ({ page }) => {
    await page.goto('./publications/');
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: /Cite basket/ }).click();
    expect(await violationsOn(page)).toEqual([]);
  });
});

test('keyboard: the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('./evidence/theory/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
