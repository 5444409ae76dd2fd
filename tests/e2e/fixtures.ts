// Every e2e scenario launches readers through this fixture, which closes them
// and fails the test if the app tried to reach anything outside its own
// files or logged an uncaught error: zero network is checked everywhere.
import { test as base, expect } from '@playwright/test';
import { launchReader, type LaunchOptions, type LaunchedReader } from './harness';

export const test = base.extend<{ launch: (options?: LaunchOptions) => Promise<LaunchedReader> }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  launch: async ({}, use) => {
    const launched: LaunchedReader[] = [];
    await use(async (options) => {
      const reader = await launchReader(options);
      launched.push(reader);
      return reader;
    });
    for (const reader of launched) {
      await reader.close();
      expect(reader.offMachineRequests, 'requests that tried to leave the machine').toEqual([]);
      // A test that opens a link on purpose checks and clears this list itself.
      expect(reader.externalOpens, 'links opened outside the app').toEqual([]);
      expect(reader.pageErrors, 'errors in the page').toEqual([]);
    }
  },
});

export { expect };

export const SEED_TITLE_PATTERN = /North Korea/i;
export const SEED_HEADINGS = [
  'A Dangerous Alliance',
  'A Grim Homecoming Awaits',
  'A Taste of Freedom',
  'The Human Cost',
  'A Shocking First Since the Korean War',
];
