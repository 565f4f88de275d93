import AxeBuilder from '@axe-core/playwright';
import { inSite, relative } from '../support/base-path.ts';
import { expect, test, type Page } from '@playwright/test';
import { buildGraph } from '../../src/lib/graph/build-graph.ts';
import type { EvidenceGraph } from '../../src/lib/graph/graph-types.ts';
import { layoutGraph, layoutOptionsFor } from '../../src/lib/graph/layout-graph.ts';
import { generateSyntheticCollections, SYNTHETIC_STUDY_TYPES } from '../../src/lib/graph/synthetic-collections.ts';

async function openGraph(page: Page, address = '/graph/') {
  await page.goto(relative(address));
  // The explorer starts after first paint, load and an idle moment; a large graph takes a while on a loaded machine.
  await expect(page.locator('[data-graph][data-graph-ready="true"]')).toBeAttached({ timeout: 15_000 });
  return {
    canvas: page.getByRole('application', { name: 'Evidence graph' }),
    rows: page.locator('[data-graph-rows] > tr:visible'),
    live: page.locator('[data-graph-live]'),
    panel: page.getByRole('region', { name: /./ }).filter({ has: page.locator('[data-graph-panel-heading]') }),
  };
}

async function readGraph(page: Page): Promise<EvidenceGraph> {
  return (await page.request.get('./graph.json')).json();
}

test('keyboard: one tab stop into the graph, arrows walk from a stage to a publication, Enter opens it', async ({ page }) => {
  const { canvas, live, panel } = await openGraph(page);
  // The zoom buttons follow the drawing.
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(canvas).toBeFocused();
  await expect(live).toHaveText(/^Theory\. MRC stage\. \d+ connections shown\. Right and Left arrows/);

  let focused = '';
  for (let step = 0; step < 20 && !/Publication ·/.test(focused); step += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(live).toHaveText(/Connection \d+ of \d+ of Theory\.$/);
    focused = (await live.textContent()) ?? '';
  }
  expect(focused).toMatch(/^.+\. Publication · .+ · \d{4}\. \d+ connections? shown\. Connection \d+ of \d+ of Theory\.$/);
  await expect(page).toHaveURL(/\/graph\/\?node=pub:[\w-]+$/);
  const key = new URL(page.url()).searchParams.get('node')?.replace('pub:', '') ?? '';
  await expect(page.locator(`[data-graph-rows] > tr[data-node-id="pub:${key}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(panel.getByRole('link', { name: 'Open the publication page' })).toHaveAttribute('href', inSite(`/publications/${key}/`));

  // Down walks on from the publication; Up comes back to it, then to Theory.
  const label = focused.split('. Publication')[0] ?? '';
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(new RegExp(`Connection 1 of \\d+ of ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`));
  await page.keyboard.press('ArrowUp');
  await expect(live).toHaveText(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. Publication`));
  await page.keyboard.press('ArrowUp');
  await expect(live).toHaveText(/Connection \d+ of \d+ of Theory\.$/);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`./publications/${key}/`);
});

test('Escape clears the selection, and Tab leaves the graph after one stop', async ({ page }) => {
  const { canvas, live, panel } = await openGraph(page, '/graph/?node=stage:model');
  await canvas.focus();
  await page.keyboard.press('Escape');
  await expect(live).toHaveText('Selection cleared.');
  await expect(page).toHaveURL('./graph/');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('No node selected');
  await page.keyboard.press('Tab');
  await expect(canvas).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(canvas).toBeFocused();
});

test('a filter reduces the drawn nodes and the list alike, and lives in the URL', async ({ page }) => {
  const graph = await readGraph(page);
  const { canvas, rows } = await openGraph(page);
  const total = graph.nodes.length;
  await expect(canvas).toHaveAttribute('data-drawn-nodes', String(total));
  await expect(rows).toHaveCount(total);

  await page.getByRole('checkbox', { name: 'Publications' }).uncheck();
  const taxonomy = graph.nodes.filter((node) => node.type !== 'publication').length;
  await expect(canvas).toHaveAttribute('data-drawn-nodes', String(taxonomy));
  await expect(rows).toHaveCount(taxonomy);
  await expect(page).toHaveURL('./graph/?type=stage,chime,component,practice');

  await page.getByRole('checkbox', { name: 'Publications' }).check();
  await page.getByRole('combobox', { name: 'Study type' }).selectOption({ label: 'Systematic review' });
  const reviews = graph.nodes.filter((node) => node.studyType === 'systematic-review');
  expect(reviews.length).toBeGreaterThan(2);
  await expect(canvas).toHaveAttribute('data-drawn-nodes', String(taxonomy + reviews.length));
  await expect(rows).toHaveCount(taxonomy + reviews.length);
  await expect(page.locator('[data-graph-count]')).toHaveText(
    `Showing ${taxonomy + reviews.length} of ${total} nodes and ${graph.edges.filter((edge) => !edge.source.startsWith('pub:') || reviews.some((node) => node.id === edge.source)).length} of ${graph.edges.length} connections.`,
  );

  await page.getByRole('combobox', { name: 'From' }).selectOption('2012');
  const recentReviews = reviews.filter((node) => (node.year ?? 0) >= 2012);
  await expect(canvas).toHaveAttribute('data-drawn-nodes', String(taxonomy + recentReviews.length));
  await expect(rows).toHaveCount(taxonomy + recentReviews.length);
  await expect(page).toHaveURL('./graph/?study=systematic-review&from=2012');
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('');
  await expect(rows).toHaveCount(taxonomy + reviews.length);
});

test('the search box rings the matching nodes and marks their rows', async ({ page }) => {
  const graph = await readGraph(page);
  await openGraph(page);
  await page.getByRole('searchbox', { name: /Highlight/ }).fill('leamy');
  const matching = graph.nodes.filter((node) => `${node.label} ${node.title} ${node.id}`.toLowerCase().includes('leamy'));
  expect(matching.length).toBeGreaterThan(1);
  await expect(page.locator('[data-graph-rows] > tr.is-match')).toHaveCount(matching.length);
  await expect(page.locator('[data-graph-count]')).toHaveText(new RegExp(`${matching.length} shown match “leamy”\\.$`));
  await expect(page).toHaveURL('./graph/?q=leamy');
});

test('a URL restores a selection, its filters and its local view; Back and Forward restore them', async ({ page }) => {
  const address = '/graph/?node=pub:leamy2011conceptual&type=publication,chime&depth=1';
  const { canvas, rows, panel } = await openGraph(page, address);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Conceptual framework for personal recovery in mental health: systematic review and narrative synthesis');
  await expect(panel).toContainText('Leamy, M., Bird, V. J., Le Boutillier, C., Williams, J., & Slade, M. (2011).');
  await expect(panel).toContainText('Publication · Systematic review · 2011');
  await expect(panel.getByRole('heading', { name: 'CHIME processes (5)' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'MRC stages' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'CHIME processes' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'View' })).toHaveValue('1');
  // The node and its five CHIME processes; its stage is a neighbour, but stages are filtered out.
  await expect(rows).toHaveCount(6);
  await expect(canvas).toHaveAttribute('data-drawn-nodes', '6');

  await panel.getByRole('button', { name: 'Hope and optimism about the future' }).click();
  await expect(page).toHaveURL('./graph/?node=chime:hope&type=chime,publication&depth=1');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Hope and optimism about the future');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(`.${address}`);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/^Conceptual framework for personal recovery/);
  await expect(rows).toHaveCount(6);
  await page.goForward();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Hope and optimism about the future');
});

test('“Show in graph” in the table selects the node', async ({ page }) => {
  const { panel } = await openGraph(page);
  await page.getByRole('button', { name: 'Show in graph: Empowerment' }).click();
  await expect(page).toHaveURL('./graph/?node=chime:empowerment');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Empowerment');
  await expect(panel.getByRole('link', { name: 'Open the page: Empowerment' })).toHaveAttribute('href', inSite('/chime/empowerment/'));
});

test('the graph code loads only on /graph/', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of ['/', '/map/', '/publications/leamy2011conceptual/']) await page.goto(relative(path));
  expect(scripts.filter((url) => /graph/i.test(url))).toEqual([]);
  await openGraph(page);
  expect(scripts.filter((url) => /graph-explorer/.test(url))).toHaveLength(1);
});

test('a graph too large to list in the page is listed in full once the script has run, with its connections', async ({ page }) => {
  const built = buildGraph(generateSyntheticCollections(700));
  const layout = layoutOptionsFor(built.nodes.length);
  const positions = layoutGraph(built, layout);
  const graph: EvidenceGraph = {
    version: 1,
    layout,
    studyTypes: SYNTHETIC_STUDY_TYPES.map((id) => ({ id, title: id })),
    edges: built.edges,
    unlinkedPublications: 0,
    nodes: built.nodes.map((node) => ({ ...node, ...(positions.get(node.id) ?? { x: 0, y: 0 }) })),
  };
  await page.route('**/graph.json', (route) => route.fulfill({ json: graph }));
  const { rows } = await openGraph(page);
  await expect(rows).toHaveCount(graph.nodes.length);
  await expect(page.locator('[data-graph-caption]')).toHaveText('Every node of the evidence graph, with the nodes it is connected to');
  const last = graph.nodes.at(-1);
  const lastRow = page.locator(`[data-graph-rows] > tr[data-node-id="${last?.id}"]`);
  await expect(lastRow.locator('.graph-links a')).toHaveCount(graph.edges.filter((edge) => edge.source === last?.id || edge.target === last?.id).length);
  await expect(lastRow.locator('.graph-list__title')).toHaveText(last?.title ?? '');
});

test('a row the page shortened (a very large graph) gets all its connections once the script has run', async ({ page }) => {
  const graph = await readGraph(page);
  const theoryLinks = graph.edges.filter((edge) => edge.source === 'stage:theory' || edge.target === 'stage:theory').length;
  await page.route('**/graph/', async (route) => {
    const html = await (await route.fetch()).text();
    // As GraphView.astro writes a framework row of a graph too large to list: one connection shown, the rest counted.
    const shortened = html.replace(
      /(<tr data-node-id="stage:theory">[\s\S]*?<ul class="graph-links")>(<li[\s\S]*?<\/li>)[\s\S]*?<\/ul>/,
      `$1 data-omitted="${theoryLinks - 1}">$2<li>and ${theoryLinks - 1} more publications</li></ul>`,
    );
    expect(shortened).not.toBe(html);
    await route.fulfill({ body: shortened, contentType: 'text/html' });
  });
  await openGraph(page);
  const row = page.locator('[data-graph-rows] > tr[data-node-id="stage:theory"]');
  await expect(row.locator('.graph-links a')).toHaveCount(theoryLinks);
  await expect(row.locator('.graph-links')).not.toHaveAttribute('data-omitted');
  await expect(row).not.toContainText('more publications');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the table lists every node with links to its connections', async ({ page }) => {
    const graph = await readGraph(page);
    await page.goto('./graph/');
    await expect(page.locator('[data-graph-rows] > tr')).toHaveCount(graph.nodes.length);
    await expect(page.locator('[data-graph-rows] > tr:visible')).toHaveCount(graph.nodes.length);
    const links = page.locator('[data-graph-rows] > tr .graph-links a');
    await expect(links).toHaveCount(graph.edges.length * 2);
    await expect(page.getByText('The drawing of the graph needs JavaScript.')).toBeVisible();
  });
});

test('axe finds no violation with a node selected, in light and dark schemes', async ({ page }) => {
  test.setTimeout(90_000); // axe takes several seconds on these long pages on a 2-core machine
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { panel } = await openGraph(page, '/graph/?node=pub:leamy2011conceptual&q=slade');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/^Conceptual framework/);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test.describe('on a phone, where the drawing starts below the fold', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

  test('the explorer starts when the drawing comes into view, not before', async ({ page }) => {
    await page.goto(relative('/graph/'));
    await page.waitForLoadState('load');
    const layout = page.locator('[data-graph-layout]');
    expect(await layout.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThan(823);
    await page.waitForTimeout(1500);
    await expect(page.locator('[data-graph][data-graph-ready]')).toHaveCount(0);
    await layout.scrollIntoViewIfNeeded();
    await expect(page.locator('[data-graph][data-graph-ready="true"]')).toBeAttached({ timeout: 15_000 });
    await expect(page.getByRole('application', { name: 'Evidence graph' })).toHaveAttribute('data-drawn-nodes', /^[1-9]/);
  });
});
