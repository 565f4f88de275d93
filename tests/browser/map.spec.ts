import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { loadBibliography } from '../../src/lib/bibtex/load-bibliography.ts';

type Annotation = { stages: string[]; chime: string[]; components: string[]; practices: string[] };
const annotations = parse(readFileSync('content/annotations/refocus.yaml', 'utf8')) as Record<string, Annotation>;
const STAGES = ['theory', 'model', 'intervention', 'learning'];
const VIEWS = {
  chime: ['connectedness', 'hope', 'identity', 'meaning', 'empowerment'],
  components: ['personally-defined-recovery', 'working-relationships', 'citizenship', 'organisational-commitment'],
  practices: ['coaching', 'values-preferences', 'strengths', 'goal-striving'],
} as const;

/** The keys the annotation file tags with both the stage and the item, sorted. */
function expectedKeys(view: keyof typeof VIEWS, stage: string, item: string): string[] {
  return Object.entries(annotations)
    .filter(([, tags]) => tags.stages.includes(stage) && tags[view].includes(item))
    .map(([key]) => key)
    .sort();
}

async function listedKeys(page: Page, view: string, cell: string): Promise<string[]> {
  const hrefs = await page.locator(`#cell-${view}-${cell} .publication-title a`).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('/').at(-2) ?? '').sort(); // /…/publications/<key>/, under any base path
}

test('every cell of every view counts and lists the publications annotated with its stage and item; empty cells say Gap', async ({ page }) => {
  let gaps = 0;
  for (const [view, items] of Object.entries(VIEWS) as [keyof typeof VIEWS, readonly string[]][]) {
    await page.goto(`./map/?view=${view}`);
    const table = page.locator(`[data-map-view="${view}"] table`);
    await expect(table).toBeVisible();
    await expect(table.locator('tbody th[scope="row"]')).toHaveText(['Theory stage', 'Model stage', 'Intervention stage', 'Learning from the REFOCUS Trial']);
    for (const [row, stage] of STAGES.entries()) {
      for (const [column, item] of items.entries()) {
        const expected = expectedKeys(view, stage, item);
        const td = table.locator('tbody tr').nth(row).locator('td').nth(column);
        if (expected.length === 0) {
          gaps += 1;
          await expect(td).toHaveText('Gap: no publication');
          continue;
        }
        await expect(td.getByRole('link')).toHaveText(new RegExp(`^${expected.length} publications?: `));
        expect(await listedKeys(page, view, `${stage}--${item}`), `${view} ${stage}--${item}`).toEqual(expected);
      }
    }
  }
  expect(gaps).toBeGreaterThan(0);
});

test('activating a count lists its publications and offers their .bib', async ({ page }) => {
  await page.goto('./map/');
  const panel = page.locator('#cell-chime-theory--hope');
  await expect(panel).toBeHidden();
  await page.getByRole('link', { name: /^\d+ publications?: Theory × Hope/ }).click();
  await expect(page).toHaveURL('./map/?cell=theory--hope');
  await expect(panel).toBeVisible();
  await expect(panel).toBeFocused();
  const expected = expectedKeys('chime', 'theory', 'hope');
  expect(expected.length).toBeGreaterThan(1);
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(`Theory stage × Hope and optimism about the future: ${expected.length} publications`);
  expect(await listedKeys(page, 'chime', 'theory--hope')).toEqual(expected);
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: `Download these ${expected.length} publications as BibTeX` }).click()]);
  const bib = loadBibliography([{ file: 'cell.bib', text: readFileSync((await download.path()) ?? '', 'utf8') }]);
  expect(bib.map((publication) => publication.key).sort()).toEqual(expected);
  // Only that cell's list is shown, and the count says it is the open one.
  await expect(page.locator('[data-map-cell-panel]:visible')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /^\d+ publications?: Theory × Hope/ })).toHaveAttribute('aria-current', 'true');
});

test('the keyboard opens a cell with Enter and closes it with Escape, focus returning to the count', async ({ page }) => {
  await page.goto('./map/?view=practices');
  const count = page.getByRole('link', { name: /^1 publication: Model × Recovery-promoting relationships through coaching$/ });
  await count.focus();
  await page.keyboard.press('Enter');
  const panel = page.locator('#cell-practices-model--coaching');
  await expect(panel).toBeFocused();
  await expect(page).toHaveURL('./map/?view=practices&cell=model--coaching');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(count).toBeFocused();
  await expect(page).toHaveURL('./map/?view=practices');
});

test('the view and the cell live in the URL, and Back and Forward restore them', async ({ page }) => {
  await page.goto('./map/?view=components&cell=theory--citizenship');
  await expect(page.locator('[data-map-view="components"] table')).toBeVisible();
  await expect(page.locator('[data-map-view="chime"] table')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Best-practice components' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('heading', { name: 'Theory stage × Promoting citizenship: 2 publications' })).toBeVisible();
  expect(await listedKeys(page, 'components', 'theory--citizenship')).toEqual(expectedKeys('components', 'theory', 'citizenship'));

  await page.getByRole('link', { name: 'Intervention parts' }).click();
  await expect(page).toHaveURL('./map/?view=practices');
  await expect(page.locator('[data-map-view="practices"] table')).toBeVisible();
  await expect(page.locator('[data-map-view="components"]')).toBeHidden();
  await page.goBack();
  await expect(page).toHaveURL('./map/?view=components&cell=theory--citizenship');
  await expect(page.getByRole('heading', { name: 'Theory stage × Promoting citizenship: 2 publications' })).toBeVisible();
  await page.goForward();
  await expect(page.locator('[data-map-view="practices"] table')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every view is a complete table whose counts link to their lists on the page', async ({ page }) => {
    await page.goto('./map/');
    await expect(page.locator('table.map-table')).toHaveCount(3);
    for (const view of Object.keys(VIEWS)) await expect(page.locator(`[data-map-view="${view}"] table`)).toBeVisible();
    const targets = await page.locator('a.map-count').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThan(30);
    for (const target of targets) await expect(page.locator(target)).toBeVisible();
    await page.getByRole('link', { name: /^\d+ publications?: Theory × Hope/ }).click();
    await expect(page).toHaveURL('./map/#cell-chime-theory--hope');
  });
});

test('axe finds no violation with a cell open, in light and dark schemes', async ({ page }) => {
  test.setTimeout(90_000); // axe takes several seconds on these long pages on a 2-core machine
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('./map/?view=components&cell=theory--citizenship');
    await expect(page.locator('#cell-components-theory--citizenship')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
