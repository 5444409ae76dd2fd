// Library search and find in article, as a reader uses them.
import { SEED_TITLE_PATTERN, expect, test } from './fixtures';

test('typing a word shows results grouped by article, with passages and marked words', async ({
  launch,
}) => {
  const { page } = await launch();
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('gulag');

  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  const group = results.getByRole('listitem');
  await expect(group.getByRole('link').first()).toHaveText(SEED_TITLE_PATTERN);
  const passage = group.getByRole('link', { name: /A Grim Homecoming Awaits/ });
  await expect(passage).toContainText('Many were sent to gulags');
  await expect(passage.locator('mark')).toHaveText(['gulags']);
  await expect(results).toHaveAccessibleDescription('1 article');

  // "/" focuses search from elsewhere, but typed into the field it is a character.
  await box.fill('');
  await box.pressSequentially('/dev/x');
  await expect(box).toHaveValue('/dev/x');
});

test('opening a passage lands on it with the words marked, and [ ] step through "n of N"', async ({
  launch,
}) => {
  const { page } = await launch({ viewport: { width: 1100, height: 600 } });
  await page.getByRole('searchbox', { name: 'Search' }).fill('gulag');
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('link', { name: /A Grim Homecoming Awaits/ })
    .click();

  const article = page.getByRole('article');
  const marks = article.locator('mark');
  await expect(marks).toHaveText(['gulags', 'gulags']);
  const bar = page.getByRole('search', { name: 'Matches in this article' });
  // The passage opened is the second of the two matches.
  await expect(bar.getByRole('status')).toHaveText('2 of 2');
  const landed = article.locator('[data-block-id]', { hasText: 'Many were sent to gulags' });
  await expect(landed).toBeInViewport();
  await expect(landed.locator('mark')).toHaveClass(/search-mark--current/);

  await page.keyboard.press(']');
  await expect(bar.getByRole('status')).toHaveText('1 of 2');
  await expect(marks.first()).toHaveClass(/search-mark--current/);
  await expect(marks.first()).toBeInViewport();
  await page.keyboard.press('[');
  await expect(bar.getByRole('status')).toHaveText('2 of 2');
  await page.keyboard.press('F3');
  await expect(bar.getByRole('status')).toHaveText('1 of 2');

  // Esc clears the marks first, then goes back to the library.
  await page.keyboard.press('Escape');
  await expect(marks).toHaveCount(0);
  await expect(bar).toHaveCount(0);
});

test('Ctrl+K, arrows and Enter open the best passage for "casualty rate"', async ({ launch }) => {
  const { page } = await launch();
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await expect(box).toBeFocused();
  await box.pressSequentially('casualty rate');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: /The Human Cost/ }).first()).toBeVisible();

  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');

  const article = page.getByRole('article');
  const paragraph = article.locator('[data-block-id]', { hasText: 'with casualty rates soaring' });
  await expect(paragraph).toBeInViewport();
  await expect(paragraph.locator('mark')).toHaveText(['casualty', 'rates', 'casualty', 'rate']);
});

test('find in the article (Ctrl+F) counts and steps through matches', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
  const blockTexts = await article.locator('[data-block-id]').allTextContents();
  const expected = blockTexts.join('\n').toLowerCase().split('troops').length - 1;
  expect(expected).toBeGreaterThan(2);

  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find in article' });
  await expect(find).toBeFocused();
  await find.fill('troops');
  const status = page.getByRole('search', { name: 'Matches in this article' }).getByRole('status');
  await expect(status).toHaveText(`1 of ${expected}`);
  await expect(article.locator('mark')).toHaveCount(expected);
  await find.press('Enter');
  await expect(status).toHaveText(`2 of ${expected}`);
  await expect(article.locator('mark.search-mark--current')).toBeInViewport();
  await find.press('Shift+Enter');
  await expect(status).toHaveText(`1 of ${expected}`);

  await find.fill('no such words here');
  await expect(status).toHaveText('No matches');
  await expect(article.locator('mark')).toHaveCount(0);
});
