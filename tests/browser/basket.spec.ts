import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadBibliography } from '../../src/lib/bibtex/load-bibliography.ts';
import { readRis } from '../support/site.ts';

test('the cite basket keeps a selection across pages and exports it in every format', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./publications/');
  // The basket sits in the header from the start, with its count.
  await expect(page.locator('.site-header').getByRole('button', { name: 'Cite basket: 0 selected' })).toBeVisible();
  await page.getByRole('checkbox', { name: /Add “Conceptual framework for personal recovery/ }).check();
  await page.getByRole('checkbox', { name: /Add “Supporting recovery in patients with psychosis/ }).check();
  const basketButton = page.getByRole('button', { name: /Cite basket: 2 selected/ });
  await expect(basketButton).toBeVisible();

  // The selection survives moving to another page, where the same publication shows as ticked.
  await page.goto('./publications/leamy2011conceptual/');
  await expect(page.getByRole('checkbox', { name: 'Add to cite basket' })).toBeChecked();
  await basketButton.click();
  await expect(basketButton).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator('#basket-panel');
  await expect(panel.getByRole('listitem')).toHaveCount(2);

  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name }).click()]);
    return readFileSync((await file.path()) ?? '', 'utf8');
  };
  const bib = loadBibliography([{ file: 'basket.bib', text: await download('Download BibTeX') }]);
  expect(bib.map((publication) => publication.key).sort()).toEqual(['leamy2011conceptual', 'slade2015supporting']);
  expect(
    readRis(await download('Download RIS'))
      .map((record) => record.get('ID')?.[0])
      .sort(),
  ).toEqual(['leamy2011conceptual', 'slade2015supporting']);
  expect(
    JSON.parse(await download('Download CSL-JSON'))
      .map((item: { id: string }) => item.id)
      .sort(),
  ).toEqual(['leamy2011conceptual', 'slade2015supporting']);

  await panel.getByRole('button', { name: 'Copy references (APA 7)' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n\n')).toEqual([expect.stringMatching(/^Leamy, M\., Bird, V\. J\./), expect.stringMatching(/^Slade, M\., Bird, V\. J\., Clarke, E\./)]);

  // One item can go on its own: its page's box is unticked, focus moves to the next item's button.
  await panel
    .getByRole('button', { name: 'Remove “Conceptual framework for personal recovery in mental health: systematic review and narrative synthesis” from the cite basket' })
    .click();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: 'Add to cite basket' })).not.toBeChecked();
  await expect(panel.getByRole('button', { name: /^Remove “Supporting recovery in patients with psychosis/ })).toBeFocused();
  await expect(page.locator('#live-announcer')).toHaveText(/^Removed from the cite basket: Conceptual framework .*\. 1 selected\.$/);
  // Ticking a box on the page closes the panel (a click outside it); it opens again with both.
  await page.getByRole('checkbox', { name: 'Add to cite basket' }).check();
  await expect(panel).toBeHidden();
  await basketButton.click();
  await expect(panel.getByRole('listitem')).toHaveCount(2);

  // Escape closes the panel and returns focus to its button; emptying leaves the basket in the header, at 0, and says so.
  await panel.getByRole('button', { name: 'Copy references (APA 7)' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(basketButton).toBeFocused();
  await basketButton.click();
  await panel.getByRole('button', { name: 'Empty the basket' }).click();
  await expect(page.getByRole('button', { name: 'Cite basket: 0 selected' })).toBeFocused();
  await expect(panel).toContainText('Nothing is selected yet.');
  await expect(panel.getByRole('button', { name: 'Download BibTeX' })).toBeHidden();
  await page.mouse.click(100, 600);
  await expect(panel).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Add to cite basket' })).not.toBeChecked();
});

test('the publication list filters by type and year, with the filter in the URL', async ({ page }) => {
  await page.goto('./publications/?type=Book');
  const items = page.locator('[data-publication-list] > li:visible');
  await expect(items).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('Book');
  await page.getByRole('combobox', { name: 'Type' }).selectOption('');
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2015');
  await expect(page).toHaveURL(/\?year=2015$/);
  const count2015 = await items.count();
  expect(count2015).toBeGreaterThan(2);
  const years = await items.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-year')));
  expect(new Set(years)).toEqual(new Set(['2015']));
  await expect(page.locator('[data-filter-status]')).toHaveText(new RegExp(`^${count2015} of \\d+ publications$`));
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('');
  await expect(items).not.toHaveCount(count2015);
});
