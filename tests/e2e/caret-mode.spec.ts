// Caret mode (F7): reading and highlighting with the keyboard alone. The
// caret starts at the line being read, the arrow keys move it, Shift
// selects, s and p take whole sentences and paragraphs, Enter reaches the
// selection toolbar, and Esc unwinds one step at a time.
import type { Page } from '@playwright/test';
import { SEED_TITLE_PATTERN, expect, test } from './fixtures';

const FIRST_SENTENCE =
  'In a startling twist to the ongoing war in Ukraine, North Korea has reportedly sent thousands of troops to aid Russia’s military efforts.';
const SECOND_SENTENCE = 'However, their future looks grim.';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

async function openSeed(page: Page) {
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE_PATTERN })).toBeFocused();
}

const selected = (page: Page) => page.evaluate(() => window.getSelection()!.toString());
const caretOffset = (page: Page) => page.evaluate(() => window.getSelection()!.focusOffset);

test('F7 puts a caret at the line being read; s selects sentences and h highlights them', async ({
  launch,
}) => {
  const { page } = await launch();
  await openSeed(page);

  await page.keyboard.press('F7');
  await expect(page.getByRole('status')).toContainText('Caret mode on');
  await expect(page.getByRole('region', { name: 'Caret mode' })).toBeVisible();
  await expect(page.locator('.caret')).toBeVisible();

  await page.keyboard.press('s');
  expect(await selected(page)).toBe(FIRST_SENTENCE);
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible();
  await page.keyboard.press('s');
  expect(await selected(page)).toBe(`${FIRST_SENTENCE} ${SECOND_SENTENCE}`);

  await page.keyboard.press('h');
  const mark = page.locator('mark[data-highlight-id]');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(`${FIRST_SENTENCE} ${SECOND_SENTENCE}`);

  // The caret stays where the highlight ended; p then takes the paragraph's rest and the next.
  await page.keyboard.press('Shift+End');
  expect((await selected(page)).length).toBeGreaterThan(0);
  await page.keyboard.press('ArrowRight');
  expect(await selected(page)).toBe('');
});

test('Shift with the arrow keys selects by character, word and line; the caret keeps to the article', async ({
  launch,
}) => {
  const { page } = await launch();
  await openSeed(page);
  await page.keyboard.press('F7');

  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await selected(page)).toBe('In a');
  await page.keyboard.press(`${MOD}+Shift+ArrowRight`);
  expect((await selected(page)).trim()).toBe('In a startling');
  await page.keyboard.press('Shift+ArrowLeft');
  expect((await selected(page)).trim()).toBe('In a startlin');

  // A line down and back: Shift+Down takes a whole line of text.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowDown');
  const line = await selected(page);
  expect(line.length).toBeGreaterThan(20);
  expect(FIRST_SENTENCE.startsWith(line.trimEnd()) || line.includes(FIRST_SENTENCE)).toBe(true);

  // End is the line's end, not the article's: the page does not jump.
  await page.keyboard.press('ArrowLeft');
  const before = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('End');
  expect(await caretOffset(page)).toBeGreaterThan(20);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);

  // Up from the first line stays in the text instead of leaving for the page's bar.
  await page.keyboard.press('Home');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Shift+ArrowLeft');
  const inArticle = await page.evaluate(() =>
    Boolean(document.querySelector('article')!.contains(window.getSelection()!.focusNode)),
  );
  expect(inArticle).toBe(true);

  // To the article's end with Shift: the page follows the caret down.
  await page.keyboard.press(`${MOD}+Shift+End`);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  expect(await selected(page)).toContain('A Shocking First Since the Korean War');
});

test('p selects the paragraph and again the next; Enter goes to the toolbar, whose buttons work from the keyboard', async ({
  launch,
}) => {
  const { page } = await launch();
  await openSeed(page);
  await page.keyboard.press('F7');

  await page.keyboard.press('p');
  expect(await selected(page)).toMatch(
    /^In a startling twist.*labor camps, commonly referred to as gulags\.$/,
  );
  await page.keyboard.press('p');
  expect(await selected(page)).toMatch(/gulags\.\s*A Dangerous Alliance$/);

  await page.keyboard.press('Enter');
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await expect(toolbar.getByRole('button', { name: 'Highlight', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Yellow' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Copy with citation' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Highlight', exact: true })).toBeFocused();

  // Esc goes back to the text with the selection kept.
  await page.keyboard.press('Escape');
  await expect(toolbar).toBeVisible();
  expect(await selected(page)).toMatch(/A Dangerous Alliance$/);
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-block-id'))).toBe(
    true,
  );

  // Green, from the keyboard: the highlight is made and focus returns to the text.
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Green' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('mark[data-highlight-id].highlight--green')).not.toHaveCount(0);
  await expect(toolbar).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-block-id'))).toBe(
    true,
  );
});

test('Esc collapses the selection, then leaves caret mode, then the article', async ({
  launch,
}) => {
  const { page } = await launch();
  await openSeed(page);
  await page.keyboard.press('F7');
  const badge = page.getByRole('region', { name: 'Caret mode' });
  await page.keyboard.press('s');

  await page.keyboard.press('Escape');
  expect(await selected(page)).toBe('');
  await expect(badge).toBeVisible();
  await expect(page.locator('.caret')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(badge).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Caret mode off');
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE_PATTERN })).toBeVisible();

  // Without caret mode the keys do what they did before: s selects nothing.
  await page.keyboard.press('s');
  expect(await selected(page)).toBe('');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
});

test('the shortcuts overlay lists the caret keys, and the badge turns caret mode off', async ({
  launch,
}) => {
  const { page } = await launch();
  await openSeed(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('heading', { name: /Caret mode \(F7\)/ })).toBeVisible();
  await expect(dialog).toContainText('Select the sentence');
  await page.keyboard.press('Escape');

  await page.keyboard.press('F7');
  await page
    .getByRole('region', { name: 'Caret mode' })
    .getByRole('button', { name: 'Turn off' })
    .click();
  await expect(page.getByRole('region', { name: 'Caret mode' })).toBeHidden();
  await expect(page.locator('.caret')).toBeHidden();
});
