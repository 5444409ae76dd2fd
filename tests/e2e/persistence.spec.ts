// What the reader sets up and where they stop reading survive closing the app:
// each scenario relaunches against the same userDataDir, as a restart would.
import type { Page } from '@playwright/test';
import { SEED_TITLE_PATTERN, expect, test } from './fixtures';
import { makeTempDir } from '../support/temp-dir';

async function openSeedArticle(page: Page) {
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('link', { name: SEED_TITLE_PATTERN })
    .click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
}

async function paragraphFontSize(page: Page): Promise<number> {
  const size = await page
    .getByRole('article')
    .locator('p[data-block-id]')
    .first()
    .evaluate((p) => getComputedStyle(p).fontSize);
  return Number.parseFloat(size);
}

test('theme and text size chosen in Reading settings are kept across a relaunch', async ({
  launch,
}) => {
  const userDataDir = await makeTempDir('reader-settings-');
  const first = await launch({ userDataDir, colorScheme: 'light' });
  await openSeedArticle(first.page);
  const defaultSize = await paragraphFontSize(first.page);

  await first.page.getByRole('button', { name: 'Reading settings' }).click();
  const dialog = first.page.getByRole('dialog', { name: 'Reading settings' });
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await dialog.getByRole('button', { name: 'Larger text' }).click();
  await dialog.getByRole('button', { name: 'Larger text' }).click();
  await expect(first.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => paragraphFontSize(first.page)).toBeGreaterThan(defaultSize);
  const chosenSize = await paragraphFontSize(first.page);
  // The panel applies at once and saves in the background: wait for the save.
  await expect
    .poll(() =>
      first.page.evaluate(async () => {
        const answer = await window.reader.getSettings();
        return answer.ok ? `${answer.value.theme}/${answer.value.fontSize}` : 'error';
      }),
    )
    .toBe(`dark/${chosenSize}`);
  await first.close();

  // The system asks for light; the reader's explicit choice of dark wins.
  const second = await launch({ userDataDir, colorScheme: 'light' });
  await expect(second.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openSeedArticle(second.page);
  expect(await paragraphFontSize(second.page)).toBe(chosenSize);
  const background = await second.page.evaluate(
    () => getComputedStyle(document.body).backgroundColor,
  );
  expect(background).not.toBe('rgb(255, 255, 255)');
});

test('an article reopens where the reader left it, even in a window of another size', async ({
  launch,
}) => {
  const userDataDir = await makeTempDir('reader-position-');
  const first = await launch({ userDataDir, viewport: { width: 1200, height: 700 } });
  await openSeedArticle(first.page);

  // Read down to the first paragraph after "The Human Cost".
  const article = first.page.getByRole('article');
  const target = article.locator('h2:has-text("The Human Cost") + p');
  const targetBlock = await target.getAttribute('data-block-id');
  expect(targetBlock).toBeTruthy();
  await target.evaluate((p) => p.scrollIntoView({ block: 'start' }));
  await expect
    .poll(() =>
      first.page.evaluate(async () => {
        const answer = await window.reader.getReadingPositions();
        if (!answer.ok) return 'error';
        return Object.values(answer.value)[0]?.blockId ?? 'none';
      }),
    )
    .toBe(targetBlock);
  await first.close();

  // A narrower window reflows every line, so a pixel offset would land elsewhere.
  const second = await launch({ userDataDir, viewport: { width: 640, height: 600 } });
  await openSeedArticle(second.page);
  const restored = second.page.locator(`[data-block-id="${targetBlock}"]`);
  await expect(restored).toBeInViewport();
  await expect(
    second.page.getByRole('article').getByRole('heading', { name: 'A Dangerous Alliance' }),
  ).not.toBeInViewport();
  // The library shows how far the article has been read.
  await second.page.getByRole('button', { name: 'Back to library' }).click();
  await expect(second.page.getByRole('list', { name: 'Articles' })).toContainText(/Read [1-9]\d*%/);
});
