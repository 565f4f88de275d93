import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Flags that keep a system Chromium quiet and offline (this machine has no network but the registries). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Where people's Chromium-family browsers live, per platform, in the order they are tried. */
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Brave Browser.app/Contents/MacOS/Brave Browser',
    ];
    return [...apps.map((app) => `/Applications/${app}`), ...apps.map((app) => join(home, 'Applications', app))];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return roots.flatMap((root) => apps.map((app) => `${root}\\${app}`));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

/** The browser Playwright itself installed (`npx playwright install chromium`), if it did. */
function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Every place looked at, in order: $CHROMIUM_PATH, Playwright's own browser, then the usual places. */
export function chromiumSearchPath(): string[] {
  return [process.env.CHROMIUM_PATH, playwrightChromium(), ...browserCandidates(process.platform, process.env, homedir())].filter((path): path is string => Boolean(path));
}

/** The first browser found, or undefined. */
export function locateChromium(): string | undefined {
  return chromiumSearchPath().find((path) => existsSync(path));
}

/** One line that tells a person how to get a browser on their system. */
export const INSTALL_BROWSER_HINT =
  'Install one: "npx playwright install chromium" (any system with internet access), "sudo apt-get install chromium" (Debian/Ubuntu), or Google Chrome or Microsoft Edge; or set CHROMIUM_PATH to a Chromium-family executable.';

/**
 * The Chromium-family browser the PDF build and the browser tests use. Nothing is downloaded here
 * (`npm install` tries that, see scripts/setup-browser.ts); when none is found, one line says what to run.
 */
export function findChromium(): string {
  const found = locateChromium();
  if (!found) throw new Error(`No Chromium, Chrome or Edge found (looked at ${chromiumSearchPath().join(', ')}). ${INSTALL_BROWSER_HINT}`);
  return found;
}
