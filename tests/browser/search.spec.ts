import { readFileSync } from 'node:fs';
import { BASE, inSite, relative } from '../support/base-path.ts';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadBibliography } from '../../src/lib/bibtex/load-bibliography.ts';
import { readRis } from '../support/site.ts';

/** WCAG 2.2 A and AA, plus axe's best practices (as tests/browser/accessibility.spec.ts). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Reference {
  id: string;
  author?: { family?: string }[];
  issued?: { 'date-parts'?: number[][] };
}

/** The keys of the publications the whole bibliography says match: the independent answer a search must give. */
async function referencesWhere(page: Page, matches: (reference: Reference) => boolean): Promise<string[]> {
  const references = (await (await page.request.get('./references.json')).json()) as Reference[];
  return references
    .filter(matches)
    .map((reference) => reference.id)
    .sort();
}
const hasAuthor = (family: string) => (reference: Reference) => (reference.author ?? []).some((name) => name.family === family);
const isFrom = (year: number) => (reference: Reference) => reference.issued?.['date-parts']?.[0]?.[0] === year;

/**
 * The keys a taxonomy page lists as tagged with it: its "Publications of …" section, plus the ones its
 * references already list (marked there, and not listed twice).
 */
async function keysTaggedOn(page: Page, path: string, section: string): Promise<string[]> {
  await page.goto(relative(path));
  const listed = await page
    .locator(`section[aria-labelledby="${section}"] input[data-basket-key]`)
    .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-basket-key') ?? ''));
  const cited = await page.locator('.references li[data-tagged]').evaluateAll((items) => items.map((item) => item.id.replace(/^ref-/, '')));
  return [...listed, ...cited].sort();
}

const panel = (page: Page) => page.locator('[data-search-panel]');
const status = (scope: Locator) => scope.getByRole('status');
const resultLinks = (scope: Locator) => scope.locator('.search-result .search-result__title a');

/** The publication keys of the results shown, in order. */
async function shownKeys(scope: Locator): Promise<string[]> {
  return (await resultLinks(scope).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).map(
    (href) => new RegExp(`^${BASE}publications/([^/]+)/`).exec(href)?.[1] ?? href,
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Waits until the page's status reports the search described by `tail` ("for “hope”." or
 * "with MRC stage: Theory stage.") and returns its result count.
 */
async function resultCount(page: Page, tail: string): Promise<number> {
  const region = status(panel(page));
  await expect(region).toHaveText(new RegExp(`^(\\d+ results?|No results) ${escape(tail)}`));
  return Number(/^(\d+)/.exec((await region.textContent()) ?? '')?.[1] ?? 0);
}

/** Shows every result (clicking "Show more" until it goes) and returns the keys in order. */
async function allShownKeys(page: Page): Promise<string[]> {
  const more = panel(page).locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await resultLinks(panel(page)).count();
    await more.click();
    await expect(resultLinks(panel(page))).not.toHaveCount(before);
  }
  return shownKeys(panel(page));
}

/** A facet checkbox by facet legend and value label; its accessible name ends with its count: "Theory stage (13 results)". */
const facetBox = (page: Page, legend: string, label: string) =>
  panel(page)
    .getByRole('group', { name: legend })
    .getByRole('checkbox', { name: new RegExp(`^${label} \\(\\d+ results?\\)$`) });
async function shownCount(box: Locator): Promise<number> {
  const text = await box.evaluate((element) => element.closest('label')?.querySelector('[data-facet-count] [aria-hidden]')?.textContent ?? '');
  return Number(text || Number.NaN);
}

test.describe('the search page', () => {
  test('finds the expected publication first, with its authors, year, journal and tags', async ({ page }) => {
    await page.goto('./search/?q=conceptual+framework+personal+recovery');
    expect(await resultCount(page, 'for “conceptual framework personal recovery”.')).toBeGreaterThan(1);
    const first = panel(page).locator('.search-result').first();
    await expect(first.getByRole('link', { name: /^Conceptual framework for personal recovery in mental health/ })).toHaveAttribute(
      'href',
      new RegExp(`^${BASE}publications/leamy2011conceptual/\\?pagefind-highlight=conceptual&`),
    );
    await expect(first.locator('.search-result__citation')).toHaveText('Leamy, Bird, Le Boutillier, Williams & Slade (2011). British Journal of Psychiatry.');
    await expect(first.locator('.search-result__type')).toHaveText('Publication · Journal article');
    await expect(first.locator('.search-result__tags')).toContainText('MRC stage');
    await expect(first.locator('.search-result__tags li')).toHaveText([
      'Theory stage',
      'Connectedness',
      'Hope and optimism about the future',
      'Identity',
      'Meaning in life',
      'Empowerment',
    ]);
    await expect(first.locator('.search-result__excerpt mark').first()).toHaveText(/conceptual/i);
  });

  for (const [query, describe, matches] of [
    // Hers too: a 2011 record without its authors whose key names her as first author (known-item search puts it first).
    [
      'Le Boutillier 2011',
      'her 2011 papers',
      (reference: Reference) => (hasAuthor('Le Boutillier')(reference) || (!reference.author && reference.id.startsWith('leboutillier'))) && isFrom(2011)(reference),
    ],
    ['Slade 2015', 'his 2015 papers', (reference: Reference) => hasAuthor('Slade')(reference) && isFrom(2015)(reference)],
    ['boutillier', 'every paper of hers', hasAuthor('Le Boutillier')],
    ['leboutillier', 'every paper of hers, name run together', hasAuthor('Le Boutillier')],
    ['Boutillièr', 'every paper of hers, with a stray accent', hasAuthor('Le Boutillier')],
  ] as const) {
    test(`names: “${query}” finds ${describe} first`, async ({ page }) => {
      const expected = await referencesWhere(page, matches);
      expect(expected.length).toBeGreaterThan(1);
      await page.goto(`./search/?q=${encodeURIComponent(query)}`);
      expect(await resultCount(page, `for “${query}”.`)).toBeGreaterThanOrEqual(expected.length);
      const keys = await allShownKeys(page);
      expect(keys.slice(0, expected.length).sort()).toEqual(expected);
    });
  }

  test('a question in plain words finds the page about it first, with its matching sections', async ({ page }) => {
    await page.goto('./search/?q=what+supports+goal-striving%3F');
    await resultCount(page, 'for “what supports goal-striving?”.');
    const first = panel(page).locator('.search-result').first();
    await expect(first.locator('.search-result__type')).toHaveText('Page');
    await expect(first.locator('.search-result__title a')).toHaveAttribute(
      'href',
      inSite('/intervention/goal-striving/?pagefind-highlight=supports&pagefind-highlight=goal-striving'),
    );
    const sections = first.getByRole('list', { name: 'Matching sections of Supporting goal-striving' }).getByRole('link');
    expect(await sections.count()).toBeGreaterThan(0);
    await expect(sections.first()).toHaveAttribute(
      'href',
      new RegExp(`^${BASE}intervention/goal-striving/\\?pagefind-highlight=supports&pagefind-highlight=goal-striving#[a-z-]+$`),
    );
  });

  test('indexes every prose page and publication, without navigation, footer, breadcrumbs or basket', async ({ page }) => {
    const references = await referencesWhere(page, () => true);
    await page.goto('./search/');
    const indexed = await page.evaluate(async (bundle) => {
      const pagefind = await import(bundle);
      const everything = await pagefind.search(null, {});
      return Promise.all(
        everything.results.map(async (result: { data: () => Promise<{ url: string; content: string; filters: { type: string[] } }> }) => {
          const { url, content, filters } = await result.data();
          return { url, content, type: filters.type.join() };
        }),
      );
    }, inSite('/pagefind/pagefind.js'));
    expect(
      indexed
        .filter((entry) => entry.type === 'publication')
        .map((entry) => entry.url.split('/').at(-2))
        .sort(),
    ).toEqual(references);
    const pages = indexed.filter((entry) => entry.type === 'page').map((entry) => entry.url);
    expect(pages).toEqual(
      expect.arrayContaining(
        ['/', '/about/', '/evidence/theory/', '/chime/hope/', '/intervention/goal-striving/', '/best-practice/working-relationships/', '/implementing/'].map(inSite),
      ),
    );
    for (const listing of ['/search/', '/publications/', '/publications/type/trial/']) expect(pages).not.toContain(inSite(listing));
    for (const chrome of ['Skip to main content', 'Citing this site', 'Citation Style Language', 'Dark theme', 'cite basket', 'Details and downloads', 'Copy APA 7 reference']) {
      expect(
        indexed.filter((entry) => entry.content.includes(chrome)).map((entry) => entry.url),
        chrome,
      ).toEqual([]);
    }
  });

  test('each facet narrows the results, and its count is the number of results it gives', async ({ page }) => {
    // Seven facets, each a fresh page and every result shown: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    await page.goto('./search/?q=recovery');
    const total = await resultCount(page, 'for “recovery”.');
    for (const [legend, label] of [
      ['Content type', 'Publication'],
      ['MRC stage', 'Theory stage'],
      ['CHIME process', 'Hope and optimism about the future'],
      ['Best-practice component', 'Supporting personally defined recovery'],
      ['Intervention part', 'Supporting goal-striving'],
      ['Study type', 'Systematic review'],
      ['Year', '2015'],
    ] as const) {
      await page.goto('./search/?q=recovery');
      await resultCount(page, 'for “recovery”.');
      const box = facetBox(page, legend, label);
      const promised = await shownCount(box);
      expect(promised, `${legend}: ${label}`).toBeGreaterThan(0);
      expect(promised, `${legend}: ${label}`).toBeLessThan(total);
      await box.check();
      await expect(status(panel(page))).toHaveText(new RegExp(`^${promised} results? for “recovery”, filtered by ${legend}: ${label}\\.$`));
      expect(await allShownKeys(page)).toHaveLength(promised);
    }
  });

  test('browsing by facets alone: OR within a facet, AND across facets, matching the taxonomy pages', async ({ page }) => {
    const theory = await keysTaggedOn(page, '/evidence/theory/', 'tagged-stages-theory');
    const model = await keysTaggedOn(page, '/evidence/model/', 'tagged-stages-model');
    const hope = await keysTaggedOn(page, '/chime/hope/', 'tagged-chime-hope');
    const union = [...new Set([...theory, ...model])].sort();
    const both = theory.filter((key) => hope.includes(key));
    expect(union.length).toBeGreaterThan(theory.length);
    expect(both.length).toBeLessThan(theory.length);

    await page.goto('./search/');
    const publications = (readFileSync('references/refocus.bib', 'utf8').match(/^@(?!string|comment|preamble)\w+\{/gim) ?? []).length;
    await expect(status(panel(page))).toHaveText(new RegExp(`^Everything in the evidence base: ${publications} publications \\(newest first\\), \\d+ pages`));
    await facetBox(page, 'MRC stage', 'Theory stage').check();
    await expect(page).toHaveURL('./search/?stage=theory');
    expect(await resultCount(page, 'with MRC stage: Theory stage.')).toBe(theory.length);
    expect((await allShownKeys(page)).sort()).toEqual(theory);
    // Within the stage facet, Model stage still shows its own count: ticking it adds results.
    expect(await shownCount(facetBox(page, 'MRC stage', 'Model stage'))).toBe(model.length);
    await facetBox(page, 'MRC stage', 'Model stage').check();
    expect(await resultCount(page, 'with MRC stage: Theory stage or Model stage.')).toBe(union.length);
    expect((await allShownKeys(page)).sort()).toEqual(union);
    await facetBox(page, 'MRC stage', 'Model stage').uncheck();
    expect(await resultCount(page, 'with MRC stage: Theory stage.')).toBe(theory.length);
    // Across facets, every facet must match.
    expect(await shownCount(facetBox(page, 'CHIME process', 'Hope and optimism about the future'))).toBe(both.length);
    await facetBox(page, 'CHIME process', 'Hope and optimism about the future').check();
    await expect(page).toHaveURL('./search/?stage=theory&chime=hope');
    expect(await resultCount(page, 'with MRC stage: Theory stage; CHIME process: Hope and optimism about the future.')).toBe(both.length);
    expect((await allShownKeys(page)).sort()).toEqual(both);
    // A value that would leave nothing is disabled.
    await expect(facetBox(page, 'Content type', 'Page')).toBeDisabled();
  });

  test('a URL with words, facets and sort restores the same view, and Back and Forward move between views', async ({ page }) => {
    await page.goto('./search/');
    await page.getByRole('searchbox', { name: 'Words to search for' }).last().fill('recovery');
    await expect(page).toHaveURL('./search/?q=recovery');
    await facetBox(page, 'Content type', 'Publication').check();
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('newest');
    await expect(page).toHaveURL('./search/?q=recovery&type=publication&sort=newest');
    const count = await resultCount(page, 'for “recovery”, filtered by Content type: Publication, newest first.');
    const keys = await allShownKeys(page);

    await page.goto('./search/?q=recovery&type=publication&sort=newest');
    await expect(panel(page).getByRole('searchbox')).toHaveValue('recovery');
    await expect(facetBox(page, 'Content type', 'Publication')).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('newest');
    expect(await resultCount(page, 'for “recovery”, filtered by Content type: Publication, newest first.')).toBe(count);
    expect(await allShownKeys(page)).toEqual(keys);

    await page.goBack();
    await expect(page).toHaveURL('./search/?q=recovery&type=publication');
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance');
    await page.goBack();
    await expect(page).toHaveURL('./search/?q=recovery');
    await expect(facetBox(page, 'Content type', 'Publication')).not.toBeChecked();
    expect(await resultCount(page, 'for “recovery”.')).toBeGreaterThan(count);
    await page.goForward();
    await expect(facetBox(page, 'Content type', 'Publication')).toBeChecked();
    expect(await resultCount(page, 'for “recovery”, filtered by Content type: Publication.')).toBe(count);
  });

  test('sorting by year puts publications newest (or oldest) first, then undated pages and chapters, without losing any', async ({ page }) => {
    await page.goto('./search/?q=recovery');
    const count = await resultCount(page, 'for “recovery”.');
    for (const [sort, direction] of [
      ['newest', -1],
      ['oldest', 1],
    ] as const) {
      await page.goto(`./search/?q=recovery&sort=${sort}`);
      expect(await resultCount(page, `for “recovery”, ${sort} first.`)).toBe(count);
      await allShownKeys(page);
      const rows = await panel(page)
        .locator('.search-result')
        .evaluateAll((items) =>
          items.map((item) => ({
            type: item.getAttribute('data-result-type'),
            year: Number(/\((\d{4})\)/.exec(item.querySelector('.search-result__citation')?.textContent ?? '')?.[1] ?? 0),
          })),
        );
      expect(rows).toHaveLength(count);
      const firstPage = rows.findIndex((row) => row.type !== 'publication');
      expect(firstPage).toBeGreaterThan(0);
      expect(rows.slice(firstPage).every((row) => row.type !== 'publication')).toBe(true);
      const years = rows.slice(0, firstPage).map((row) => row.year);
      expect(years).toEqual([...years].sort((a, b) => direction * (a - b)));
    }
  });

  test('exports the publications of the results in every format, and adds them to the cite basket', async ({ page }) => {
    const theory = await keysTaggedOn(page, '/evidence/theory/', 'tagged-stages-theory');
    await page.goto('./search/?stage=theory');
    await resultCount(page, 'with MRC stage: Theory stage.');
    const exporter = page.getByRole('region', { name: `Export the ${theory.length} publications in these results` });
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), exporter.getByRole('button', { name }).click()]);
      expect(file.suggestedFilename()).toMatch(/^search-results\.(bib|ris|json)$/);
      return readFileSync((await file.path()) ?? '', 'utf8');
    };
    expect(
      loadBibliography([{ file: 'search-results.bib', text: await download('Download BibTeX') }])
        .map((entry) => entry.key)
        .sort(),
    ).toEqual(theory);
    expect(
      readRis(await download('Download RIS'))
        .map((record) => record.get('ID')?.[0])
        .sort(),
    ).toEqual(theory);
    expect((JSON.parse(await download('Download CSL-JSON')) as { id: string }[]).map((item) => item.id).sort()).toEqual(theory);

    await exporter.getByRole('button', { name: 'Add them to the cite basket' }).click();
    await expect(page.getByRole('button', { name: `Cite basket: ${theory.length} selected` })).toBeVisible();
    await expect(page.locator('#live-announcer')).toHaveText(`Added ${theory.length} of ${theory.length} publications to the cite basket.`);
    const firstBox = panel(page)
      .locator('.search-result')
      .first()
      .getByRole('checkbox', { name: /^Add “.+” to the cite basket$/ });
    await expect(firstBox).toBeChecked();
    // A result's own checkbox works like any other basket checkbox.
    await firstBox.uncheck();
    await expect(page.getByRole('button', { name: `Cite basket: ${theory.length - 1} selected` })).toBeVisible();
  });

  test('has no export when the results hold no publication', async ({ page }) => {
    await page.goto('./search/?q=hope&type=page');
    expect(await resultCount(page, 'for “hope”, filtered by Content type: Page.')).toBeGreaterThan(0);
    await expect(panel(page).locator('[data-search-export]')).toBeHidden();
  });
});

test.describe('the header search', () => {
  test('loads Pagefind only when first used, and a search fetches little', async ({ page }) => {
    const fetched: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/')) fetched.push({ url: response.url(), bytes: (await response.body().catch(() => Buffer.alloc(0))).length });
    });
    await page.goto('./chime/');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.getByRole('button', { name: /^Search/ }).click();
    await page.keyboard.type('hope');
    await expect(resultLinks(page.getByRole('dialog'))).toHaveCount(10);
    await page.waitForLoadState('networkidle');
    const total = fetched.reduce((sum, file) => sum + file.bytes, 0);
    console.log(`Search for “hope” fetched ${fetched.length} Pagefind files, ${Math.round(total / 1024)} KiB`);
    expect(total).toBeLessThan(300 * 1024);
  });

  test('keyboard only: Ctrl+K, type, arrow to a result, Enter opens it with the words highlighted', async ({ page }) => {
    await page.goto('./about/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the evidence base' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('conceptual framework personal recovery');
    await expect(status(dialog)).toHaveText(/^\d+ results for “conceptual framework personal recovery”\.$/);
    await page.keyboard.press('ArrowDown');
    const first = resultLinks(dialog).first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(dialog).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      /\/publications\/leamy2011conceptual\/\?pagefind-highlight=conceptual&pagefind-highlight=framework&pagefind-highlight=personal&pagefind-highlight=recovery$/,
    );
    const marks = page.locator('main mark.search-highlight');
    await expect(marks.first()).toHaveText('Conceptual');
    expect(await marks.count()).toBeGreaterThan(4);
    // Only what the index holds is marked: not the breadcrumbs, nor the reference styles.
    await expect(page.locator('.breadcrumbs mark, .reference-styles mark')).toHaveCount(0);
  });

  test('keyboard only: Tab also reaches the results, and Enter in the box opens the search page', async ({ page }) => {
    await page.goto('./evidence/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('hope');
    const dialog = page.getByRole('dialog');
    await expect(resultLinks(dialog).first()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(resultLinks(dialog).first()).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('./search/?q=hope');
    expect(await resultCount(page, 'for “hope”.')).toBeGreaterThan(5);
  });

  test('Escape closes the dialog and focus returns to the button; the dialog is modal', async ({ page }) => {
    await page.goto('./publications/');
    const button = page.getByRole('button', { name: /^Search/ });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Search the evidence base' });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((element) => (element as HTMLDialogElement).open && element.matches(':modal'))).toBe(true);
    await page.keyboard.type('hope');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    // Opened by the shortcut, it returns focus to where it was: here, a link.
    const link = page.getByRole('link', { name: 'Skip to main content' });
    await link.focus();
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox')).toHaveValue('hope');
    await dialog.getByRole('button', { name: 'Close search' }).click();
    await expect(link).toBeFocused();
  });

  test('opened by the shortcut before anything had focus, it returns focus to the button', async ({ page }) => {
    await page.goto('./evidence/');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByRole('button', { name: /^Search/ })).toBeFocused();
  });

  test('on the search page, the shortcut goes to the page’s own search box', async ({ page }) => {
    await page.goto('./search/?q=hope');
    await resultCount(page, 'for “hope”.');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(panel(page).getByRole('searchbox')).toBeFocused();
  });
});

test.describe('axe finds no violation', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`with the dialog open and results shown (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('./');
      await page.keyboard.press('Control+k');
      await page.keyboard.type('hope');
      await expect(resultLinks(page.getByRole('dialog'))).toHaveCount(10);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test(`on the search page with facets, results and export (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('./search/?q=recovery&stage=theory');
      await resultCount(page, 'for “recovery”, filtered by MRC stage: Theory stage.');
      await expect(panel(page).locator('[data-search-export]')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
