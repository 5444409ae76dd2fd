// Esc closes the innermost open thing first (the selection and its toolbar,
// a field in the Annotations panel, the panel) and only then leaves the
// article, as a keyboard user expects.
import { SEED_TITLE_PATTERN, expect, test } from './fixtures';
import { selectText } from './select-text';

const WORDS = 'around 10,000 North Korean soldiers';

test('Esc clears a selection and its toolbar before it leaves the article', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  const heading = page.getByRole('heading', { level: 1, name: SEED_TITLE_PATTERN });
  await expect(heading).toBeVisible();
  await selectText(page, WORDS);
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await expect(toolbar).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(toolbar).toBeHidden();
  expect(await page.evaluate(() => window.getSelection()!.isCollapsed)).toBe(true);
  await expect(heading).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
});

test('Esc in the Annotations panel leaves a field, then closes the panel, then the article', async ({
  launch,
}) => {
  const { page } = await launch();
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await selectText(page, WORDS);
  await page.getByRole('button', { name: 'Note' }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  const note = panel.getByLabel('Note');
  await expect(note).toBeFocused();
  await note.fill('Written from the keyboard.');

  // In the note: Esc leaves the field (which keeps what was typed), not the panel.
  await page.keyboard.press('Escape');
  await expect(panel).toBeVisible();
  await expect(note).not.toBeFocused();
  await expect(panel.locator('.annotation-item__quote')).toBeFocused();

  // Then the panel closes and focus returns to the button that opens it.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Annotations' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE_PATTERN })).toBeVisible();

  // The note was kept when its field was left.
  await page.getByRole('button', { name: 'Annotations' }).click();
  await expect(panel).toContainText('Written from the keyboard.');

  // An open panel closes on Esc even when focus is in the text, before the article does.
  await page.locator('article p').first().click();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE_PATTERN })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
});

test('Esc in the Notebook leaves a field, closes the open editor, then goes back to the library', async ({
  launch,
}) => {
  const { page } = await launch();
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await selectText(page, WORDS);
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(page.locator('mark[data-highlight-id]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Notebook' }).click();
  const notebook = page.getByRole('region', { name: 'Notebook' });
  await notebook.getByRole('button', { name: 'Edit' }).click();
  const note = notebook.getByLabel('Note', { exact: true });
  await note.fill('From the Notebook.');
  await note.focus();

  await page.keyboard.press('Escape');
  await expect(notebook.locator('.annotation-item__quote')).toBeFocused();
  await expect(note).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(notebook).toContainText('From the Notebook.');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
});
