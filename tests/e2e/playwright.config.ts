import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // Each test launches its own Chromium and services; two cores, two workers.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  // Shared two-core machines stall now and then; one retry keeps a stall from
  // failing the build, and Playwright still lists such a test as "flaky" so
  // the timing problem behind it gets found (as with the bookmark race).
  retries: 1,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
});
