import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Long pages of each kind that has docs-style navigation: a stage, a CHIME process, a component, a practice, a manual chapter, a section's introduction. */
const LONG_PAGES = ['./evidence/theory/', './chime/hope/', './best-practice/', './intervention/strengths/', './manual/supporting-goal-striving/', './evidence/'];

/** The publications a page lists in its main content: its references, and its publication lists. */
async function listedKeys(page: Page): Promise<string[]> {
  const references = await page.locator('main .references li[id^="ref-"]').evaluateAll((items) => items.map((item) => item.id.replace(/^ref-/, '')));
  const listed = await page.locator('main .publication-list input[data-basket-key]').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-basket-key') ?? ''));
  return [...references, ...listed];
}

/** Every page of the framework's dimensions, read from their index pages' cards. */
async function itemPages(page: Page): Promise<string[]> {
  const paths: string[] = [];
  for (const index of ['./evidence/', './chime/', './best-practice/', './intervention/']) {
    await page.goto(index);
    paths.push(...(await page.locator('main .card h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))));
  }
  return paths;
}

test('no page lists a publication twice: a tagged publication its references already hold is marked there, not listed again', async ({ page }) => {
  const paths = await itemPages(page);
  expect(paths.length).toBeGreaterThan(12);
  let marked = 0;
  for (const path of [...paths, './manual/supporting-goal-striving/', './intervention/', './implementing/']) {
    await page.goto(path);
    const keys = await listedKeys(page);
    expect(
      keys.filter((key, index) => keys.indexOf(key) !== index),
      path,
    ).toEqual([]);
    // A reference marked as tagged with the page says so in words, and the list below counts it.
    const tagged = page.locator('main .references li[data-tagged]');
    marked += await tagged.count();
    for (const item of await tagged.all()) await expect(item.locator('.reference-tag'), path).toHaveText(/^In this /);
    const heading = page.locator('main section[data-tagged-count] h2');
    if ((await heading.count()) > 0) {
      const total = Number(/\((\d+)\)$/.exec((await heading.textContent())?.trim() ?? '')?.[1]);
      const shown = await page.locator('main section[data-tagged-count] [data-publication]').count();
      expect(shown + (await tagged.count()), path).toBe(total);
    }
  }
  expect(marked).toBeGreaterThan(10);
});

test.describe('on a wide screen (1280×900)', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('long pages have their navigation beside the text, in view while reading, with every link leading to a section of the page', async ({ page }) => {
    for (const path of LONG_PAGES) {
      await page.goto(path);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      await expect(toc, path).toBeVisible();
      const tocBox = await toc.boundingBox();
      const proseBox = await page.locator('main .prose').boundingBox();
      expect(tocBox && proseBox && tocBox.x >= proseBox.x + proseBox.width, `${path}: beside the text`).toBe(true);
      for (const href of await toc.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
        await expect(page.locator(`[id="${href.slice(1)}"]`), `${path} ${href}`).toHaveCount(1);
      }
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
      const scrolled = await toc.boundingBox();
      expect(scrolled && scrolled.y >= 0 && scrolled.y < 900, `${path}: still in view`).toBe(true);
    }
  });

  test('a link in "On this page" brings its section into view below the header', async ({ page }) => {
    await page.goto('./evidence/theory/');
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'References' }).click();
    await expect(page).toHaveURL(/#references-heading$/);
    const header = await page.locator('.site-header').boundingBox();
    const target = await page.locator('#references-heading').boundingBox();
    expect(target && header && target.y >= header.y + header.height).toBe(true);
    expect(target && target.y < 900).toBe(true);
  });

  test('"On this page" marks the section being read as the reader scrolls', async ({ page }) => {
    await page.goto('./evidence/theory/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.locator('[aria-current]')).toHaveCount(0);
    await page.locator('#references-heading').evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 120));
    await expect(toc.locator('[aria-current="location"]')).toHaveText('References');
    await page.locator('#understanding-recovery').evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 120));
    await expect(toc.locator('[aria-current="location"]')).toHaveText('Understanding recovery');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
  });

  test('section navigation lists the other pages of the section and marks the current one', async ({ page }) => {
    await page.goto('./evidence/model/');
    const section = page.getByRole('navigation', { name: 'MRC stages' });
    await expect(section.getByRole('link')).toHaveCount(4);
    await expect(section.locator('[aria-current="page"]')).toHaveText('Model stage');
    await page.goto('./manual/supporting-goal-striving/');
    const chapters = page.getByRole('navigation', { name: 'Chapters' });
    await expect(chapters.locator('[aria-current="page"]')).toHaveText(/Supporting goal-striving$/);
  });
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the navigation comes before the text, folded into one line until opened, and within the screen', async ({ page }) => {
    for (const path of LONG_PAGES) {
      await page.goto(path);
      const contents = page.locator('main details.page-nav');
      const summary = contents.locator('summary');
      await expect(summary, path).toHaveText('Contents');
      const toc = page.getByRole('navigation', { name: 'On this page' });
      await expect(toc, path).toBeHidden();
      const folded = await contents.boundingBox();
      expect(folded && folded.height < 60, `${path}: one line when folded`).toBe(true);
      await summary.click();
      await expect(toc, path).toBeVisible();
      const tocBox = await toc.boundingBox();
      const proseBox = await page.locator('main .prose').boundingBox();
      expect(tocBox && proseBox && tocBox.y + tocBox.height <= proseBox.y, `${path}: above the text`).toBe(true);
      expect(tocBox && tocBox.x >= 0 && tocBox.x + tocBox.width <= 390, `${path}: within the screen`).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
  });

  test('axe finds nothing with the contents folded and open, in light and dark', async ({ page }) => {
    await page.goto('./evidence/theory/');
    for (const open of [false, true]) {
      if (open) await page.locator('main details.page-nav summary').click();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((violation) => `${open ? 'open' : 'folded'}, ${colorScheme}: ${violation.id}`)).toEqual([]);
      }
    }
  });
});

test('each framework dimension has one colour, the same on its pages, in the map and in the graph, in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('./evidence/theory/');
    const onPage = await page.locator('.eyebrow__swatch').evaluate((swatch) => getComputedStyle(swatch).backgroundColor);
    await page.goto('./chime/hope/');
    const chime = await page.locator('.eyebrow__swatch').evaluate((swatch) => getComputedStyle(swatch).backgroundColor);
    expect(chime, 'dimensions differ in colour').not.toBe(onPage);
    await page.goto('./map/');
    const inMap = await page
      .locator('.map-table tbody th.map-axis')
      .first()
      .evaluate((cell) => getComputedStyle(cell).boxShadow);
    expect(inMap, `${colorScheme}: map rows (stages)`).toContain(onPage);
    const mapColumns = await page
      .locator('.map-view:not([hidden]) .map-table thead th.map-axis')
      .first()
      .evaluate((cell) => getComputedStyle(cell).boxShadow);
    expect(mapColumns, `${colorScheme}: map columns (CHIME)`).toContain(chime);
    await page.goto('./graph/');
    const inGraph = await page
      .locator('[data-graph-controls] label', { hasText: 'MRC stages' })
      .locator('svg')
      .evaluate((key) => getComputedStyle(key).fill);
    expect(inGraph, `${colorScheme}: graph key (stages)`).toBe(onPage);
    const chimeInGraph = await page
      .locator('[data-graph-controls] label', { hasText: 'CHIME processes' })
      .locator('svg')
      .evaluate((key) => getComputedStyle(key).fill);
    expect(chimeInGraph, `${colorScheme}: graph key (CHIME)`).toBe(chime);
  }
});

test('the home page’s “at a glance” figures are what the site holds, each linking to where to see it', async ({ page, request }) => {
  await page.goto('./');
  const figures = page.getByRole('region', { name: 'The evidence base at a glance' }).getByRole('listitem');
  const read = async (label: RegExp) => {
    const item = figures.filter({ hasText: label });
    await expect(item).toHaveCount(1);
    return { value: Number(await item.locator('.at-a-glance__value').textContent()), href: (await item.getByRole('link').getAttribute('href')) ?? '' };
  };
  const publications = (await (await request.get('./references.json')).json()) as unknown[];
  expect((await read(/publications$/)).value).toBe(publications.length);
  for (const [label, index] of [
    [/MRC stages$/, './evidence/'],
    [/CHIME processes$/, './chime/'],
    [/Best-practice components$/, './best-practice/'],
    [/Intervention parts$/, './intervention/'],
  ] as const) {
    const figure = await read(label);
    await page.goto(index);
    expect(figure.value, String(label)).toBe(await page.locator('main .card').count());
    expect(new URL(figure.href, page.url()).pathname, String(label)).toBe(new URL(page.url()).pathname);
    await page.goto('./');
  }
  const gaps = await read(/map cells with no publication yet$/);
  await page.goto('./map/');
  const tables = page.locator('.map-table');
  const cells = await tables.locator('tbody td').count();
  const empty = await tables.locator('tbody td', { hasText: 'Gap' }).count();
  expect(gaps.value).toBe(empty);
  await page.goto('./');
  await expect(figures.filter({ hasText: /map cells/ })).toHaveText(new RegExp(`of ${cells} map cells`));
});
