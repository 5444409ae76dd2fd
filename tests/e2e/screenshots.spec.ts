// The README's pictures are taken here, of the real renderer on the real
// services. Every run takes them (into test-results/screenshots, to look at);
// `npm run screenshots` writes them over docs/screenshots/ for the README, so
// an ordinary test run leaves the working tree clean.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './harness';
import { SEED_TITLE_PATTERN, expect, test } from './fixtures';

const SHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, 'docs', 'screenshots')
  : join(ROOT, 'test-results', 'screenshots');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots of the library and the reader, ${colorScheme}`, async ({ launch }) => {
    await mkdir(SHOTS, { recursive: true });
    const { page } = await launch({ colorScheme, viewport: { width: 1200, height: 800 } });
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('link')).toHaveCount(1);
    await page.screenshot({ path: join(SHOTS, `library-${colorScheme}.png`) });

    await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
    await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `reader-${colorScheme}.png`) });

    // A small window: the contents move into a drawer and the text still fits.
    await page.setViewportSize({ width: 560, height: 760 });
    await expect(page.getByRole('article')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal scrolling in a small window').toBe(0);
    await page.screenshot({ path: join(SHOTS, `reader-small-${colorScheme}.png`) });
  });
}
