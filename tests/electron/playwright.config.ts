// Real Electron tests: the built app (npm run build) launched as users get
// it. They need Electron's binary, which only the release workflow
// downloads; elsewhere the spec skips itself and says why.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  testDir: here,
  testMatch: '*.spec.ts',
  outputDir: join(here, '..', '..', 'test-results', 'electron'),
  // One app at a time: each launch is a whole Electron with its own profile.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ['list'],
    ...(process.env.CI ? [['github'] as const] : []),
    [join(here, 'skip-reasons-reporter.ts')],
  ],
  use: { trace: 'retain-on-failure' },
});
