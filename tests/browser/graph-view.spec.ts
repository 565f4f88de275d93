import { relative } from '../support/base-path.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { EvidenceGraph } from '../../src/lib/graph/graph-types.ts';

/** The on-screen boxes of the node labels laid over the drawing. */
async function labelBoxes(page: Page) {
  return page.locator('[data-graph-labels] .graph-label').evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.getBoundingClientRect();
      return { id: (label as HTMLElement).dataset.labelFor ?? '', text: label.textContent ?? '', left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    }),
  );
}

async function ready(page: Page): Promise<Locator> {
  await expect(page.locator('[data-graph][data-graph-ready="true"]')).toBeAttached({ timeout: 15_000 });
  return page.getByRole('application', { name: 'Evidence graph' });
}

test.describe('at 1280 × 900', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the drawing starts on the first screen and nearly all of it is visible without scrolling', async ({ page }) => {
    await page.goto(relative('/graph/'));
    const canvas = await ready(page);
    const box = await canvas.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.top).toBeLessThan(900);
    expect(box.height).toBeGreaterThan(400);
    const visible = (Math.min(900, box.bottom) - Math.max(0, box.top)) / box.height;
    expect(visible).toBeGreaterThan(0.9);
  });

  test('publications carry short labels, no two labels overlap and none leaves the drawing', async ({ page }) => {
    const graph = (await (await page.request.get('./graph.json')).json()) as EvidenceGraph;
    await page.goto(relative('/graph/'));
    const canvas = await ready(page);
    const frame = await canvas.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    const labels = await labelBoxes(page);
    const publications = graph.nodes.filter((node) => node.type === 'publication');
    const labelled = labels.filter((label) => label.id.startsWith('pub:'));
    // Most publications are named; each label is the one graph.json gives ("Leamy 2011").
    expect(labelled.length).toBeGreaterThan(publications.length / 2);
    for (const label of labelled) expect(label.text).toBe(publications.find((node) => node.id === label.id)?.shortLabel);
    expect(labelled.find((label) => label.id === 'pub:leamy2011conceptual')?.text).toBe('Leamy 2011');
    for (const [index, one] of labels.entries()) {
      expect(one.left >= frame.left && one.right <= frame.right && one.top >= frame.top && one.bottom <= frame.bottom, `${one.text} is inside the drawing`).toBe(true);
      for (const other of labels.slice(index + 1)) {
        const overlap = one.left < other.right && other.left < one.right && one.top < other.bottom && other.top < one.bottom;
        expect(overlap, `${one.text} and ${other.text} overlap`).toBe(false);
      }
    }
  });

  test('a node without room for its label is named once it is selected, and the labels still do not overlap', async ({ page }) => {
    const graph = (await (await page.request.get('./graph.json')).json()) as EvidenceGraph;
    // On a phone-sized drawing not every publication has room for its label, so one is left unnamed.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(relative('/graph/'));
    await page.locator('[data-graph-layout]').scrollIntoViewIfNeeded();
    await ready(page);
    const named = new Set((await labelBoxes(page)).map((label) => label.id));
    const unnamed = graph.nodes.find((node) => node.type === 'publication' && !named.has(node.id));
    expect(unnamed, 'a phone-sized drawing leaves at least one publication unnamed').toBeDefined();
    await page.goto(relative(`/graph/?node=${unnamed?.id ?? ''}`));
    await page.locator('[data-graph-layout]').scrollIntoViewIfNeeded();
    await ready(page);
    await expect(page.locator(`[data-label-for="${unnamed?.id ?? ''}"]`)).toHaveText(unnamed?.shortLabel ?? '');
    const labels = await labelBoxes(page);
    for (const [index, one] of labels.entries())
      for (const other of labels.slice(index + 1)) expect(one.left < other.right && other.left < one.right && one.top < other.bottom && other.top < one.bottom).toBe(false);
  });

  test('the wheel over the drawing scrolls the page; with Ctrl it zooms the graph', async ({ page }) => {
    await page.goto(relative('/graph/'));
    const canvas = await ready(page);
    const zoom = await canvas.getAttribute('data-zoom');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the drawing has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await expect(page.getByText('Hold Ctrl (or ⌘) and scroll to zoom')).toBeVisible();
    expect(await canvas.getAttribute('data-zoom')).toBe(zoom);
    const moved = await canvas.boundingBox();
    if (!moved) throw new Error('the drawing has no box');
    await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(async () => Number(await canvas.getAttribute('data-zoom'))).toBeGreaterThan(Number(zoom));
  });

  test('Tab from the top reaches “Skip to graph”; Enter puts focus in the graph and the panel names the focused node', async ({ page }) => {
    const graph = (await (await page.request.get('./graph.json')).json()) as EvidenceGraph;
    await page.goto(relative('/graph/'));
    const canvas = await ready(page);
    const panelHeading = page.locator('[data-graph-panel-heading]');
    await expect(panelHeading).toHaveText('No node selected');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to graph' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(canvas).toBeFocused();
    const live = page.locator('[data-graph-live]');
    await expect(live).toHaveText(/^Theory\. MRC stage\./);
    await expect(panelHeading).toHaveText(graph.nodes.find((node) => node.id === 'stage:theory')?.title ?? '');
    await page.keyboard.press('ArrowRight');
    await expect(live).toHaveText(/Connection 1 of \d+ of Theory\.$/);
    const focused = graph.nodes.find((node) => node.id === new URL(page.url()).searchParams.get('node'));
    await expect(panelHeading).toHaveText(focused?.title ?? 'a node');
    await expect(page.locator(`[data-label-for="${focused?.id ?? ''}"]`)).toBeVisible();
  });
});

test.describe('on a touch screen (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a one-finger swipe over the drawing scrolls the page', async ({ page }) => {
    await page.goto(relative('/graph/'));
    const canvas = page.getByRole('application', { name: 'Evidence graph' });
    await canvas.scrollIntoViewIfNeeded();
    await ready(page);
    await page.evaluate(() => document.querySelector('[data-graph-canvas]')?.scrollIntoView({ block: 'center' }));
    const before = await page.evaluate(() => window.scrollY);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the drawing has no box');
    const x = box.x + box.width / 2;
    const [from, to] = [box.y + box.height * 0.8, box.y + box.height * 0.2];
    const client = await page.context().newCDPSession(page);
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
    for (let step = 1; step <= 10; step += 1) await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: from + ((to - from) * step) / 10 }] });
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 50);
  });

  test('two fingers moving apart zoom the graph in, and the page stays where it is', async ({ page }) => {
    await page.goto(relative('/graph/'));
    const canvas = page.getByRole('application', { name: 'Evidence graph' });
    await canvas.scrollIntoViewIfNeeded();
    await ready(page);
    await page.evaluate(() => document.querySelector('[data-graph-canvas]')?.scrollIntoView({ block: 'center' }));
    const zoom = Number(await canvas.getAttribute('data-zoom'));
    const scrolled = await page.evaluate(() => window.scrollY);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the drawing has no box');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const fingers = (spread: number) => [
      { x: x - spread, y, id: 1 },
      { x: x + spread, y, id: 2 },
    ];
    const client = await page.context().newCDPSession(page);
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (let step = 1; step <= 10; step += 1) await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(20 + step * 8) });
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => Number(await canvas.getAttribute('data-zoom'))).toBeGreaterThan(zoom * 1.5);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('labels stay inside the drawing and do not overlap', async ({ page }) => {
    await page.goto(relative('/graph/'));
    const canvas = page.getByRole('application', { name: 'Evidence graph' });
    await canvas.scrollIntoViewIfNeeded();
    await ready(page);
    const frame = await canvas.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    const labels = await labelBoxes(page);
    expect(labels.length).toBeGreaterThan(5);
    for (const [index, one] of labels.entries()) {
      expect(one.left >= frame.left && one.right <= frame.right && one.top >= frame.top && one.bottom <= frame.bottom, `${one.text} is inside the drawing`).toBe(true);
      for (const other of labels.slice(index + 1)) expect(one.left < other.right && other.left < one.right && one.top < other.bottom && other.top < one.bottom).toBe(false);
    }
  });
});
