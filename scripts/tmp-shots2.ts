import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h] of [[1280, 900], [390, 844]]) for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  await page.goto('http://127.0.0.1:4399/manual/print/');
  await page.screenshot({ path: `/tmp/shots/print-${w}-${scheme}.png` });
  await page.close();
}
await browser.close();
