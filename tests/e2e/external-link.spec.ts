// An article's source link: it opens in the system's browser (the harness
// records it the way Electron's window-open handler hands it over), only
// when the reader clicks it and confirms the address, and never inside the app.
import { rm } from 'node:fs/promises';
import { article, writeCollection } from '../support/collection-fixture';
import { APP_URL } from './harness';
import { expect, test } from './fixtures';

const TEXT = ['The first paragraph of the article, with a few ordinary words.'];

test('the source link opens outside the app only after the reader confirms its address', async ({
  launch,
}) => {
  const dir = await writeCollection([
    article('sourced', 'A Sourced Article', TEXT, {
      source: 'The Example Times',
      sourceUrl: 'https://www.example.org/original?id=7',
    }),
  ]);
  try {
    const reader = await launch({ contentDir: dir });
    const { page } = reader;
    await page.evaluate(() => {
      window.location.hash = '#/article/sourced';
    });
    const link = page.getByRole('link', { name: 'Original at example.org' });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('title', /in your browser/);
    expect(reader.externalOpens).toEqual([]);

    // A click asks first: the whole address is shown, nothing is opened yet.
    await link.click();
    const dialog = page.getByRole('dialog', { name: 'Open example.org in your browser?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('https://www.example.org/original?id=7');
    await expect(dialog.getByRole('button', { name: 'Stay here' })).toBeFocused();
    expect(reader.externalOpens).toEqual([]);

    // Esc stays, and focus returns to the link.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
    // The reader is still on the article: Esc closed the question, not the article.
    await expect(page.getByRole('heading', { name: 'A Sourced Article' })).toBeVisible();

    // A middle click asks too, instead of opening a window behind the reader's back.
    await link.click({ button: 'middle' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay here' }).click();
    await expect(dialog).toBeHidden();
    await page.waitForTimeout(200);
    expect(reader.externalOpens).toEqual([]);

    // From the keyboard: Enter on the link, Tab to "Open in browser", Enter.
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Open in browser' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect
      .poll(() => reader.externalOpens)
      .toEqual(['https://www.example.org/original?id=7']);
    // The app stays on the article; nothing was loaded in it.
    expect(page.url()).toBe(`${APP_URL}#/article/sourced`);
    await expect(page.getByRole('heading', { name: 'A Sourced Article' })).toBeVisible();
    // The refused window is closed again, as Electron would never have opened it.
    await expect.poll(() => page.context().pages().length).toBe(1);
    reader.externalOpens.length = 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a user name and password in a source URL are never shown nor sent', async ({ launch }) => {
  const dir = await writeCollection([
    article('secret', 'A Secret Source', TEXT, {
      sourceUrl: 'https://editor:hunter2@example.org/draft',
    }),
  ]);
  try {
    const reader = await launch({ contentDir: dir });
    const { page } = reader;
    await page.evaluate(() => {
      window.location.hash = '#/article/secret';
    });
    const link = page.getByRole('link', { name: 'Original at example.org' });
    await expect(link).toHaveAttribute('href', 'https://example.org/draft');
    await link.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('https://example.org/draft');
    await expect(dialog).not.toContainText('hunter2');
    await dialog.getByRole('button', { name: 'Open in browser' }).click();
    await expect.poll(() => reader.externalOpens).toEqual(['https://example.org/draft']);
    reader.externalOpens.length = 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a source URL that is not a web address is not a link at all', async ({ launch }) => {
  const dir = await writeCollection(
    [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.org/file',
    ].map((sourceUrl, i) => article(`odd-${i}`, `Odd Source ${i}`, TEXT, { sourceUrl })),
  );
  try {
    const { page } = await launch({ contentDir: dir });
    for (let i = 0; i < 4; i++) {
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, `#/article/odd-${i}`);
      await expect(page.getByRole('heading', { name: `Odd Source ${i}` })).toBeVisible();
      await expect(page.locator('.article a')).toHaveCount(0);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
