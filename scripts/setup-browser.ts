/**
 * Runs after `npm install`: makes sure a Chromium-family browser is there for the manual's PDFs and the
 * browser tests. A browser the person already has is used as it is; otherwise Playwright's installer is
 * tried, then (Debian/Ubuntu as root) the distribution's package. It never fails the install: when no
 * browser can be had, it says what to run, and `npm run build` stops at the PDF step with the same line.
 */
import { spawnSync } from 'node:child_process';
import { INSTALL_BROWSER_HINT, locateChromium } from './lib/browser/find-chromium.ts';
import { canInstallWithApt, installWithApt } from './lib/setup/system-tools.ts';

const found = locateChromium();
if (found) {
  console.log(`Browser for the PDFs and browser tests: ${found}`);
  process.exit(0);
}
if (process.env.SKIP_BROWSER_SETUP) {
  console.log(`No browser found, and SKIP_BROWSER_SETUP is set. ${INSTALL_BROWSER_HINT}`);
  process.exit(0);
}
console.log('No Chromium, Chrome or Edge found. Trying Playwright’s installer: npx playwright install chromium');
const playwright = spawnSync(process.execPath, ['node_modules/playwright-core/cli.js', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
if (playwright.status !== 0 && canInstallWithApt()) {
  console.log('Playwright’s download host could not be reached.');
  installWithApt(['chromium', 'fonts-dejavu-core'], 'the manual PDFs and browser tests');
}
const installed = locateChromium();
console.log(installed ? `Browser for the PDFs and browser tests: ${installed}` : `No browser could be installed. ${INSTALL_BROWSER_HINT}`);
