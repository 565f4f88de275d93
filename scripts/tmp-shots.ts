import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4399';
const shots: [string, string, ((page: import('@playwright/test').Page) => Promise<void>)?][] = [
  ['changes', '/changes/'],
  ['changes-corrected', '/changes/corrected/'],
  ['glossary', '/glossary/'],
  ['theory-tip', '/evidence/theory/', async (page) => { const t = page.locator('main a.glossary-term').nth(1); await t.scrollIntoViewIfNeeded(); await t.focus(); await page.waitForTimeout(300); }],
  ['publication', '/publications/leamy2011conceptual/', async (page) => { await page.locator('ul.history').scrollIntoViewIfNeeded(); }],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h] of [[1280, 900], [390, 844]]) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
    for (const [name, path, act] of shots) {
      await page.goto(base + path);
      if (act) await act(page);
      await page.screenshot({ path: `/tmp/shots/${name}-${w}-${scheme}.png` });
    }
    await page.close();
  }
}
await browser.close();
