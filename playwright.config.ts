import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { baseOfBuild } from './scripts/lib/serve-static.ts';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/browser/find-chromium.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4321);
/** The base path the build in dist/ was made for (BASE_PATH): specs go to relative addresses (`./map/`) under it. */
const base = existsSync('dist/index.html') ? baseOfBuild(readFileSync('dist/index.html', 'utf8')) : '/';

/** Browser tests run against the built site (`npm run build` first), served by `npm run preview` under its base path. */
export default defineConfig({
  testDir: './tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    acceptDownloads: true,
  },
  webServer: {
    command: `npm run preview -- --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
