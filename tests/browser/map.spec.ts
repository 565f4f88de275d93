import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { loadBibliography } from '../../src/lib/bibtex/load-bibliography.ts';

type Annotation = { stages: string[]; chime: string[]; components: string[]; practices: string[]; studyType: string };
const annotations = parse(readFileSync('content/annotations/refocus.yaml', 'utf8')) as Record<string, Annotation>;
const studyTypeTitles = new Map((parse(readFileSync('content/taxonomy/study-types.yaml', 'utf8')) as { id: string; title: string }[]).map((type) => [type.id, type.title]));
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

/** The study types of those publications as the map names them: "Systematic review (2)", sorted. */
function expectedMix(keys: string[]): string[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(annotations[key]?.studyType ?? '', (counts.get(annotations[key]?.studyType ?? '') ?? 0) + 1);
  return [...counts].map(([id, count]) => `${studyTypeTitles.get(id) ?? id} (${count})`).sort();
}

async function listedKeys(page: Page, view: string, cell: string): Promise<string[]> {
  const hrefs = await page.locator(`#cell-${view}-${cell} .publication-title a`).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('/').at(-2) ?? '').sort(); // /…/publications/<key>/, under any base path
}

test('every cell of every view counts and lists the publications annotated with its stage and item, names their study types and sizes its bubble by area; empty cells say Gap', async ({
  page,
}) => {
  const radii: { count: number; radius: number }[] = [];
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
        const link = td.getByRole('link');
        await expect(link).toHaveText(new RegExp(`^${expected.length} publications?: `));
        const name = (await link.textContent()) ?? '';
        expect(/Study types: (.*)\.$/.exec(name.trim())?.[1]?.split(', ').sort(), `${view} ${stage}--${item}: ${name}`).toEqual(expectedMix(expected));
        expect(await listedKeys(page, view, `${stage}--${item}`), `${view} ${stage}--${item}`).toEqual(expected);
        // One study-type mark per publication (the cells hold few enough for that).
        await expect(td.locator('.map-glyphs svg')).toHaveCount(expected.length);
        radii.push({ count: expected.length, radius: Number(await td.locator('.map-bubble circle').getAttribute('r')) });
      }
    }
  }
  expect(gaps).toBeGreaterThan(0);
  // The bubble's area, not its radius, follows the count: r² / count is the same for every cell (to rounding).
  const largest = Math.max(...radii.map((entry) => entry.count));
  expect(largest).toBeGreaterThan(1);
  const unit = (radii.find((entry) => entry.count === largest)?.radius ?? 0) ** 2 / largest;
  for (const { count, radius } of radii) expect(radius ** 2 / count / unit, `a bubble for ${count}`).toBeCloseTo(1, 1);
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
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`Theory stage × Hope and optimism about the future: ${expected.length} publications`);
  expect(await listedKeys(page, 'chime', 'theory--hope')).toEqual(expected);
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: `Download these ${expected.length} publications as BibTeX` }).click()]);
  const bib = loadBibliography([{ file: 'cell.bib', text: readFileSync((await download.path()) ?? '', 'utf8') }]);
  expect(bib.map((publication) => publication.key).sort()).toEqual(expected);
  // Only that cell's list is shown, and the count says it is the open one.
  await expect(page.locator('[data-map-cell-panel]:visible')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /^\d+ publications?: Theory × Hope/ })).toHaveAttribute('aria-current', 'true');
});

test('keyboard: Tab reaches a count, Enter opens its list as a named region, Close and Escape return focus to the count', async ({ page }) => {
  await page.goto('./map/?view=practices');
  const count = page.getByRole('link', { name: /^1 publication: Model × Recovery-promoting relationships through coaching\. Study types: Manual \(1\)\.$/ });
  await page.getByRole('link', { name: 'Intervention parts' }).focus();
  for (let presses = 0; presses < 40 && !(await count.evaluate((link) => link === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
  await expect(count).toBeFocused();

  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Model stage × Recovery-promoting relationships through coaching: 1 publication' });
  await expect(panel).toBeFocused();
  await expect(page).toHaveURL('./map/?view=practices&cell=model--coaching');
  await expect(count).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Tab');
  const closeButton = panel.getByRole('button', { name: 'Close this list' });
  await expect(closeButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(count).toBeFocused();
  await expect(count).not.toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL('./map/?view=practices');

  await page.keyboard.press('Enter');
  await expect(panel).toBeFocused();
  await page.keyboard.press('Tab'); // Escape works from anywhere in the list, not only from the region itself
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

test('axe finds no violation with the panel closed and open, in light and dark schemes, wide and on a phone', async ({ page }) => {
  test.setTimeout(180_000); // axe takes several seconds on these long pages on a 2-core machine
  const problems: string[] = [];
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('./map/?view=components');
      await expect(page.locator('[data-map-view="components"] table')).toBeVisible();
      for (const state of ['closed', 'open'] as const) {
        if (state === 'open') {
          await page.getByRole('link', { name: /^\d+ publications?: Theory × Promoting citizenship/ }).click();
          await expect(page.locator('#cell-components-theory--citizenship')).toBeFocused();
        }
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        problems.push(
          ...results.violations.map((violation) => `${viewport.width} ${colorScheme} ${state}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
        );
      }
    }
  }
  expect(problems).toEqual([]);
});
