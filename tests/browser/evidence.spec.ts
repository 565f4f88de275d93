import { expect, test } from '@playwright/test';

test('a reader walks from home to a stage, to a cited publication, and back through "Cited on"', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('main').getByRole('link', { name: 'The evidence base' }).click();
  await expect(page).toHaveURL('./evidence/');
  await page.getByRole('link', { name: 'Theory stage', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theory stage');
  await page.locator('.prose .cite').getByRole('link', { name: 'Leamy et al., 2011' }).first().click();
  await expect(page).toHaveURL('./publications/leamy2011conceptual/');
  await page.locator('#cited-on + ul').getByRole('link', { name: 'Theory stage' }).click();
  await expect(page).toHaveURL('./evidence/theory/');
});

test('every stage page cites publications in line and ends with its reference list', async ({ page }) => {
  for (const stage of ['theory', 'model', 'intervention', 'learning']) {
    await page.goto(`./evidence/${stage}/`);
    const citations = page.locator('.prose .cite a');
    expect(await citations.count()).toBeGreaterThan(2);
    // Each says when it was last checked against its sources.
    await expect(page.locator('.page-reviewed time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('.page-reviewed')).toHaveText(/^Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}$/);
    const references = page.getByRole('region', { name: 'References' }).getByRole('listitem');
    expect(await references.count()).toBeGreaterThan(2);
    // Each in-text citation leads to a publication that the reference list also holds.
    for (const href of await citations.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      const key = href?.split('/').at(-2); // /…/publications/<key>/, under any base path
      await expect(page.locator(`#ref-${key}`)).toHaveCount(1);
    }
  }
});

test('the stage .bib holds the stage’s publications', async ({ page, request }) => {
  await page.goto('./evidence/model/');
  const heading = await page.locator('#tagged-stages-model').textContent();
  const listed = Number(/\((\d+)\)/.exec(heading ?? '')?.[1]);
  const shown = await page.locator('section[aria-labelledby="tagged-stages-model"] [data-publication]').count();
  const marked = await page.locator('.references li[data-tagged]').count();
  expect(shown + marked).toBe(listed);
  const bib = await (await request.get('./evidence/model.bib')).text();
  expect((bib.match(/^@/gm) ?? []).length).toBe(listed);
});

test('every REFOCUS publication is cited on a page of the site, and the lost links are accounted for', async ({ page, request }) => {
  const { readFileSync } = await import('node:fs');
  const keys = [...readFileSync('references/refocus.bib', 'utf8').matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1]);
  expect(keys.length).toBeGreaterThan(30);
  for (const key of keys) {
    const html = await (await request.get(`./publications/${key}/`)).text();
    const citedOn = /<h2 id="cited-on">Cited on<\/h2>\s*<ul>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(citedOn, `${key} is cited on no page`).toMatch(/<a href="\/[^"]*">/);
  }
  await page.goto('./about/data/');
  await expect(page.getByRole('heading', { name: /Links that could not be recovered \(2\)/ })).toBeVisible();
  await expect(page.getByText(/works citing the CHIME framework/)).toBeVisible();
  await expect(page.getByText(/second edition of the REFOCUS manual/).first()).toBeVisible();
  await page.goto('./evidence/model/');
  await expect(page.getByRole('link', { name: 'INSPIRE web page' })).toHaveAttribute('href', 'https://www.researchintorecovery.com/measures/inspire/');
});
