import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BASE } from '../support/base-path.ts';

/**
 * The search page at a desktop and a phone size: browsing everything with no words, known-item
 * queries (DOI, title, label, citation key) ranking their publication first, "Did you mean", and
 * the filters' disclosure. Expected answers come from the built bibliography (references.json).
 */

/** WCAG 2.2 A and AA, plus axe's best practices (as tests/browser/accessibility.spec.ts). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Reference {
  id: string;
  title?: string;
  DOI?: string;
  author?: { family?: string; 'non-dropping-particle'?: string }[];
  issued?: { 'date-parts'?: number[][] };
}

/** Every publication of the built site, from its CSL-JSON export. */
async function references(page: Page): Promise<Reference[]> {
  return (await (await page.request.get('./references.json')).json()) as Reference[];
}

const panel = (page: Page) => page.locator('[data-search-panel]');
const status = (page: Page) => panel(page).getByRole('status');
const resultLinks = (page: Page) => panel(page).locator('.search-result .search-result__title a');
const filtersToggle = (page: Page) => panel(page).getByRole('button', { name: /^Filters( \(\d+\))?$/ });

/** The key of a result link (`/publications/<key>/…`), or its address for a page. */
const keyOf = (href: string) => new RegExp(`^${BASE}publications/([^/]+)/`).exec(href)?.[1] ?? href;

async function firstKey(page: Page): Promise<string> {
  return keyOf((await resultLinks(page).first().getAttribute('href')) ?? '');
}

/** Shows every result (clicking "Show more" until it goes) and returns their keys in order. */
async function allShownKeys(page: Page): Promise<string[]> {
  const more = panel(page).locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await resultLinks(page).count();
    await more.click();
    await expect(resultLinks(page)).not.toHaveCount(before);
  }
  return (await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).map(keyOf);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function search(page: Page, query: string): Promise<void> {
  await page.goto(`./search/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toHaveText(new RegExp(`^(\\d+ results?|No results) for “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
}

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, phone: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, phone: true },
] as const;

for (const size of SIZES) {
  test.describe(`the search page on a ${size.name} (${size.viewport.width}×${size.viewport.height})`, () => {
    test.use({ viewport: size.viewport });

    test('with no words, lists every publication with its count, newest first, and filters alone narrow it', async ({ page }) => {
      const all = await references(page);
      expect(all.length).toBeGreaterThan(10);
      await page.goto('./search/');
      await expect(status(page)).toHaveText(new RegExp(`^Everything in the evidence base: ${all.length} publications \\(newest first\\), \\d+ pages`));
      const keys = await allShownKeys(page);
      const publications = keys.filter((key) => !key.startsWith('/'));
      expect(publications.toSorted()).toEqual(all.map((reference) => reference.id).toSorted());
      // Publications come first, newest first.
      expect(keys.slice(0, all.length).toSorted()).toEqual(publications.toSorted());
      const year = (key: string) => all.find((reference) => reference.id === key)?.issued?.['date-parts']?.[0]?.[0] ?? 0;
      const years = publications.map(year);
      expect(years).toEqual(years.toSorted((a, b) => b - a));
      await expectNoSidewaysScroll(page);

      // Filters alone: a year narrows the list to that year's publications.
      const newest = Math.max(...years);
      if (size.phone) await filtersToggle(page).click();
      await panel(page)
        .getByRole('group', { name: 'Year' })
        .getByRole('checkbox', { name: new RegExp(`^${newest} \\(`) })
        .check();
      await expect(status(page)).toHaveText(new RegExp(`^\\d+ results? with Year: ${newest}\\.$`));
      expect((await allShownKeys(page)).toSorted()).toEqual(
        all
          .filter((reference) => year(reference.id) === newest)
          .map((reference) => reference.id)
          .toSorted(),
      );
    });

    test('a DOI, an exact title, an author and year, and a citation key each put their publication first', async ({ page }) => {
      const all = await references(page);
      const withDoi = all.filter((reference) => reference.DOI);
      expect(withDoi.length).toBeGreaterThan(2);
      // Two DOIs, one of them as a doi.org link, and the title of a third publication.
      for (const [query, key] of [
        [withDoi[0]?.DOI ?? '', withDoi[0]?.id],
        [`https://doi.org/${withDoi.at(-1)?.DOI ?? ''}`, withDoi.at(-1)?.id],
        [withDoi[1]?.title ?? '', withDoi[1]?.id],
        [all[2]?.id ?? '', all[2]?.id],
      ] as const) {
        await search(page, query);
        expect(await firstKey(page), query).toBe(key);
      }
      // The search hint's own example: a 2011 publication whose first author is Le Boutillier (by its record, or by its key
      // when the record lacks its authors).
      const hers = all
        .filter(
          (reference) =>
            (reference.author?.[0]?.family?.endsWith('Boutillier') || (!reference.author && reference.id.startsWith('leboutillier'))) &&
            reference.issued?.['date-parts']?.[0]?.[0] === 2011,
        )
        .map((reference) => reference.id);
      expect(hers.length).toBeGreaterThan(0);
      await search(page, 'Le Boutillier 2011');
      expect(hers).toContain(await firstKey(page));
    });

    test('a study type’s name puts its publications first: “trial” opens with the trials', async ({ page }) => {
      await page.goto('./publications/type/trial/');
      const trials = await page.locator('main input[data-basket-key]').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-basket-key') ?? ''));
      expect(trials.length).toBeGreaterThan(0);
      await search(page, 'trial');
      const shown = (await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).map(keyOf);
      expect(shown.slice(0, trials.length).sort()).toEqual([...trials].sort());
      expect(shown).toContain('slade2015supporting');
      expect(shown.indexOf('slade2015supporting')).toBeLessThan(trials.length);
    });

    test('a misspelt word offers the corrected search, announced with the count, and activating it runs it', async ({ page }) => {
      test.setTimeout(60_000);
      await search(page, 'recovry');
      const suggestion = status(page).getByRole('link', { name: 'recovery' });
      await expect(suggestion).toBeVisible();
      await expect(status(page)).toContainText('Did you mean recovery?');
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await suggestion.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL('./search/?q=recovery');
      await expect(panel(page).getByRole('searchbox')).toHaveValue('recovery');
      await expect(status(page)).toHaveText(/^\d+ results for “recovery”\.$/);
      await expect(suggestion).toBeHidden();
      // A correctly spelt search offers nothing.
      await search(page, 'connectedness');
      await expect(status(page).getByRole('link')).toHaveCount(0);
    });

    if (size.phone) {
      test('the filters start closed, so the first result is on the first screen; the drawer opens and closes by keyboard', async ({ page }) => {
        test.setTimeout(60_000);
        await page.goto('./search/?q=hope');
        await expect(status(page)).toHaveText(/^\d+ results for “hope”\.$/);
        const toggle = filtersToggle(page);
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await expect(panel(page).getByRole('group', { name: 'MRC stage' })).toBeHidden();
        const first = resultLinks(page).first();
        const box = await first.boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(size.viewport.height);
        await expectNoSidewaysScroll(page);

        await toggle.focus();
        await page.keyboard.press('Enter');
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        const stage = panel(page).getByRole('group', { name: 'MRC stage' });
        await expect(stage).toBeVisible();
        await expectNoSidewaysScroll(page);
        await expectNoAxeViolations(page);
        // Tab into the filters and tick one with the space bar: the count shows in view and the toggle counts the choice.
        const theory = stage.getByRole('checkbox', { name: /^Theory stage \(/ });
        await theory.focus();
        await page.keyboard.press('Space');
        await expect(status(page)).toHaveText(/^\d+ results? for “hope”, filtered by MRC stage: Theory stage\.$/);
        const count = /^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1];
        const done = panel(page).getByRole('button', { name: `Show the ${count} result${count === '1' ? '' : 's'}` });
        await expect(done).toBeInViewport();
        await expect(filtersToggle(page)).toHaveAccessibleName('Filters (1)');
        // Escape closes the drawer and returns to its button.
        await page.keyboard.press('Escape');
        await expect(stage).toBeHidden();
        await expect(toggle).toBeFocused();
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await page.keyboard.press('Enter');
        await expect(stage).toBeVisible();
        await page.keyboard.press('Enter');
        await expect(stage).toBeHidden();
        // "Show the N results" closes it and moves to the results.
        await page.keyboard.press('Enter');
        await done.click();
        await expect(stage).toBeHidden();
        await expect(panel(page).getByRole('heading', { name: 'Results', exact: true })).toBeFocused();
      });
    } else {
      test('the filter column is open beside the results and can be closed to give the results the whole width', async ({ page }) => {
        test.setTimeout(60_000);
        await page.goto('./search/?q=hope');
        await expect(status(page)).toHaveText(/^\d+ results for “hope”\.$/);
        const toggle = filtersToggle(page);
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        const stage = panel(page).getByRole('group', { name: 'MRC stage' });
        await expect(stage).toBeVisible();
        const results = panel(page).locator('.search-page__results');
        const narrow = (await results.boundingBox())?.width ?? 0;
        // Ticking a filter changes the count where it can be seen.
        await stage.getByRole('checkbox', { name: /^Theory stage \(/ }).check();
        await expect(status(page)).toHaveText(/filtered by MRC stage: Theory stage\.$/);
        await expect(status(page)).toBeInViewport();
        await toggle.focus();
        await page.keyboard.press('Enter');
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await expect(stage).toBeHidden();
        expect((await results.boundingBox())?.width ?? 0).toBeGreaterThan(narrow + 150);
        await expectNoAxeViolations(page);
        await page.keyboard.press('Enter');
        await expect(stage).toBeVisible();
      });
    }

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no violation with nothing typed, and with the filters open and closed (${colorScheme})`, async ({ page }) => {
        // Two axe runs over every result and filter take a while on a busy machine.
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme });
        await page.goto('./search/');
        await expect(status(page)).toHaveText(/^Everything in the evidence base/);
        await expectNoAxeViolations(page);
        const toggle = filtersToggle(page);
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', size.phone ? 'true' : 'false');
        await expectNoAxeViolations(page);
        await expectNoSidewaysScroll(page);
      });
    }
  });
}

test.describe('the header search dialog', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a misspelt word offers the corrected search in the dialog too, and activating it searches for it', async ({ page }) => {
    await page.goto('./evidence/theory/');
    await page.getByRole('button', { name: /^Search/ }).click();
    const dialog = page.locator('[data-search-dialog]');
    await dialog.getByRole('searchbox').fill('recovry');
    const dialogStatus = dialog.getByRole('status');
    const suggestion = dialogStatus.getByRole('link', { name: 'recovery' });
    await expect(suggestion).toBeVisible();
    await expect(dialogStatus).toContainText('Did you mean recovery?');
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await suggestion.focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('searchbox')).toHaveValue('recovery');
    await expect(dialogStatus).toHaveText(/^\d+ results for “recovery”\.$/);
    await expect(suggestion).toBeHidden();
    expect(await dialog.locator('.search-result').count()).toBeGreaterThan(4);
  });
});
