// axe-core over every view and open state, in each theme: no violations of
// WCAG 2.0/2.1 A and AA or of axe's best practices. A failure lists each rule
// with the elements it found, so the fix can start from the message.
import { rm } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { article, writeCollection } from '../support/collection-fixture';
import { RICH_TITLE } from '../support/rich-article';
import { writeRichCollection } from '../support/rich-collection';
import { installFakeSpeech } from './fake-speech';
import { SEED_TITLE_PATTERN, expect, test } from './fixtures';
import { selectText } from './select-text';
import { chooseTheme } from './choose-theme';

const THEMES = ['light', 'dark', 'sepia'] as const;

async function expectNoViolations(page: Page, state: string) {
  // Legacy mode runs axe in the page itself: the default opens a second page
  // to merge frame results, which the harness closes (the app never opens windows).
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`,
        )
        .join('\n')}`,
  );
  expect(found, `axe violations in ${state}`).toEqual([]);
}

for (const theme of THEMES) {
  test(`every view and open state is axe clean, ${theme}`, async ({ launch }) => {
    const { page } = await launch({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
    await chooseTheme(page, theme);
    await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
    await expectNoViolations(page, 'the library');

    // Search results with marked words in their snippets.
    const search = page
      .getByRole('combobox', { name: 'Search' })
      .or(page.getByLabel('Search', { exact: true }))
      .first();
    await search.fill('soldiers');
    await expect(page.locator('mark').first()).toBeVisible();
    await expectNoViolations(page, 'the library with search results');
    await search.fill('');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE_PATTERN })).toBeVisible();
    await expectNoViolations(page, 'the reader');

    await selectText(page, 'around 10,000 North Korean soldiers');
    await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible();
    await expectNoViolations(page, 'the reader with the selection toolbar');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect(page.locator('mark[data-highlight-id]')).toHaveCount(1);

    // Caret mode with a keyboard selection, its badge and the caret.
    await page.keyboard.press('F7');
    await page.keyboard.press('s');
    await expect(page.getByRole('region', { name: 'Caret mode' })).toBeVisible();
    await expectNoViolations(page, 'the reader in caret mode');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Caret mode' })).toBeHidden();

    await page.getByRole('button', { name: 'Annotations' }).click();
    await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible();
    await expectNoViolations(page, 'the reader with the Annotations panel');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Reading settings' }).click();
    await expectNoViolations(page, 'the reading settings');
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoViolations(page, 'the shortcuts dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Notebook' }).click();
    await expect(page.getByRole('region', { name: 'Notebook' }).getByRole('listitem')).toHaveCount(
      1,
    );
    await expectNoViolations(page, 'the Notebook');
  });
}

for (const theme of THEMES) {
  test(`reading aloud (the playback bar, its settings, no voice) is axe clean, ${theme}`, async ({
    launch,
  }) => {
    const { page } = await launch();
    await page.evaluate(
      (t) =>
        (
          window as unknown as { reader: { updateSettings(p: object): Promise<unknown> } }
        ).reader.updateSettings({ theme: t }),
      theme,
    );
    await installFakeSpeech(page);
    await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE_PATTERN })).toBeVisible();
    await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
    const bar = page.getByRole('region', { name: 'Read aloud' });
    await expect(bar).toBeVisible();
    await expectNoViolations(page, 'the reader reading aloud');
    await page.keyboard.press('r');
    await expect(bar.getByRole('status')).toHaveText(/^Paused/);
    await expectNoViolations(page, 'the reader paused reading aloud');

    await page.getByRole('button', { name: 'Reading settings' }).click();
    await expect(page.getByRole('combobox', { name: 'Voice' }).locator('optgroup')).not.toHaveCount(
      0,
    );
    await expectNoViolations(page, 'the reading settings with voices');
    await page.keyboard.press('Escape');

    // Where no voice is installed: the message in the settings instead of the controls.
    await installFakeSpeech(page, []);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await expect(page.getByText(/^No voice is installed for reading aloud/)).toBeVisible();
    await expectNoViolations(page, 'the reading settings without a voice');
  });
}

test('an article with code wider than the column is axe clean, and its code can be scrolled from the keyboard', async ({
  launch,
}) => {
  const dir = await writeCollection([
    article('code', 'Reading Code', [
      'The listing below is wider than the text column.',
      {
        id: 'code-b1',
        kind: 'code',
        text: `long_function_name(${'argument, '.repeat(30)}last)\n    return value`,
      },
      'And the text goes on after it.',
    ]),
  ]);
  try {
    const { page } = await launch({ contentDir: dir, viewport: { width: 800, height: 700 } });
    await page.evaluate(() => {
      window.location.hash = '#/article/code';
    });
    const code = page.locator('pre');
    await expect(code).toBeVisible();
    expect(await code.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expectNoViolations(page, 'an article with wide code');
    // Tab reaches the listing, and the arrow keys scroll it sideways.
    await code.focus();
    await expect(code).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => code.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

for (const theme of THEMES) {
  test(`an article with every rich element, and its footnote open, is axe clean, ${theme}`, async ({
    launch,
  }) => {
    const { page } = await launch({
      contentDir: await writeRichCollection(),
      colorScheme: theme === 'dark' ? 'dark' : 'light',
    });
    await chooseTheme(page, theme);
    await page.getByRole('link', { name: RICH_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: RICH_TITLE })).toBeVisible();
    await expectNoViolations(page, 'the rich article');
    // With a highlight across a link and one in a table cell.
    await selectText(page, 'strong words');
    await page.keyboard.press('h');
    await selectText(page, 'across both columns');
    await page.keyboard.press('h');
    await expect(page.locator('mark[data-highlight-id]')).toHaveCount(2);
    await expectNoViolations(page, 'the rich article with highlights');
    await page.getByRole('link', { name: 'Footnote 1' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Footnote 1' })).toBeVisible();
    await expectNoViolations(page, 'the rich article with a footnote open');
  });
}
