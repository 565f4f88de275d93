import { existsSync } from 'node:fs';

/** Flags that keep a system Chromium quiet and offline (this machine has no network but the registries). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/**
 * The system Chromium the tests and the PDF build use: $CHROMIUM_PATH, else /usr/bin/chromium.
 * No browser is ever downloaded; when none is found, one line says how to install it.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(`No Chromium found (looked at ${candidates.join(', ')}). Install one with "apt-get install -y chromium" or set CHROMIUM_PATH to its executable.`);
  }
  return found;
}
