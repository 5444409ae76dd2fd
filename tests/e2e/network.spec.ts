import { APP_ORIGIN } from './harness';
import { SEED_TITLE_PATTERN, expect, test } from './fixtures';

test('a whole reading session sends no request anywhere but the app itself', async ({ launch }) => {
  const reader = await launch();
  const urls: string[] = [];
  reader.page.on('request', (request) => urls.push(request.url()));
  await reader.page.reload();
  await reader.page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await expect(reader.page.getByRole('article')).toBeVisible();
  // The page's own attempt to reach out is refused by the CSP before it is sent.
  const fetched = await reader.page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'sent',
      () => 'refused',
    ),
  );
  expect(fetched).toBe('refused');
  // That refusal is reported as console errors (the CSP violation and the failed
  // fetch); they were provoked on purpose, so only they are taken off the list.
  const provoked = reader.pageErrors.filter((m) => /example\.com|Content Security Policy/.test(m));
  expect(provoked.length).toBeGreaterThan(0);
  reader.pageErrors.splice(
    0,
    reader.pageErrors.length,
    ...reader.pageErrors.filter((m) => !provoked.includes(m)),
  );
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((u) => !u.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
  expect(reader.offMachineRequests).toEqual([]);
});

test('the harness notices a request that tries to leave (so the check above can fail)', async () => {
  const { launchReader } = await import('./harness');
  const reader = await launchReader();
  try {
    await reader.page.goto('https://example.com/').catch(() => undefined);
    expect(reader.offMachineRequests).toEqual(['https://example.com/']);
  } finally {
    await reader.close();
  }
});

test('the harness notices a socket opened by this process, where the services run', async () => {
  const { launchReader } = await import('./harness');
  const { connect } = await import('node:net');
  const reader = await launchReader();
  try {
    await new Promise<void>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: 9 });
      socket.on('error', () => resolve());
      socket.on('connect', () => {
        socket.destroy();
        resolve();
      });
    });
    expect(reader.offMachineRequests).toEqual(['socket 127.0.0.1:9']);
  } finally {
    await reader.close();
  }
});
