// Finds a Chromium for the e2e suite: CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, then Playwright's own download. Playwright's download
// cannot be fetched on machines without general internet, hence the order.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(): string {
  const candidates: Array<[string, string | undefined]> = [
    ['CHROMIUM_PATH', process.env.CHROMIUM_PATH],
    ['Debian chromium', '/usr/bin/chromium'],
    ['Playwright download', safeExecutablePath()],
  ];
  for (const [, path] of candidates) {
    if (path && existsSync(path)) return path;
  }
  const tried = candidates.map(([name, path]) => `${name}: ${path ?? '(none)'}`).join('; ');
  throw new Error(
    `No Chromium found for the e2e tests (tried ${tried}). Install one with ` +
      '`sudo apt-get install chromium` (Debian/Ubuntu), or `npx playwright install chromium`, ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

function safeExecutablePath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined; // Playwright has no browser registry entry: not an error here
  }
}

/**
 * Flags that keep Chromium from phoning home on its own (component updates,
 * sync, safe browsing): the suite asserts that nothing leaves the machine.
 */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
];
