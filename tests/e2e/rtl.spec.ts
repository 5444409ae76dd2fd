// Articles in right-to-left scripts read right to left: the article from its
// language, a paragraph in another script its own way, code left to right;
// the contents, the selection toolbar, find and highlights follow the
// article, while the interface around it stays left to right. The text itself
// is unchanged, so highlights still anchor by offsets into each block's text.
import { rm } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Article } from '../../common/model';
import { writeCollection } from '../support/collection-fixture';
import {
  ARABIC,
  ARABIC_IN_ENGLISH,
  ARABIC_MIXED,
  ARABIC_QUOTE,
  ENGLISH_WITH_ARABIC,
  HEBREW,
} from '../support/rtl-articles';
import { expect, test } from './fixtures';
import { selectText } from './select-text';

let contentDir = '';
test.beforeAll(async () => {
  contentDir = await writeCollection([ARABIC, HEBREW, ENGLISH_WITH_ARABIC]);
});
test.afterAll(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

async function open(page: Page, article: Article) {
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('link', { name: article.title })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
}

const direction = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).direction);

/** Each block's element holds exactly its text: offsets into block.text address the page. */
async function expectBlockTexts(page: Page, article: Article) {
  const shown = await page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll<HTMLElement>('article [data-block-id]')).map((e) => [
        e.dataset.blockId,
        e.textContent,
      ]),
    ),
  );
  expect(shown).toEqual(Object.fromEntries(article.blocks.map((b) => [b.id, b.text])));
}

test('an Arabic article reads right to left, its code left to right, and its contents follow', async ({
  launch,
}) => {
  expect([ARABIC.language, HEBREW.language, ENGLISH_WITH_ARABIC.language]).toEqual([
    'ar',
    'he',
    'en',
  ]);
  const { page } = await launch({ contentDir });
  // In the library, the Arabic card's title and summary read from the right;
  // its details are the interface's and stay left to right.
  const card = page.locator('.card', { hasText: ARABIC.title });
  expect(await direction(page, `.card:has([data-article-id="${ARABIC.id}"]) .card__title`)).toBe(
    'rtl',
  );
  await expect(card.locator('.card__summary')).toHaveAttribute('dir', 'rtl');
  expect(await direction(page, `.card:has([data-article-id="${ARABIC.id}"]) .card__meta`)).toBe(
    'ltr',
  );
  expect(
    await direction(page, `.card:has([data-article-id="${ENGLISH_WITH_ARABIC.id}"]) .card__title`),
  ).toBe('ltr');
  await open(page, ARABIC);
  const article = page.getByRole('article');
  await expect(article).toHaveAttribute('dir', 'rtl');
  await expect(article).toHaveAttribute('lang', 'ar');
  expect(await direction(page, '.article__body')).toBe('rtl');
  expect(await direction(page, '.article__body ul')).toBe('rtl');
  expect(await direction(page, '.article__body blockquote')).toBe('rtl');
  expect(await direction(page, '.article__body pre')).toBe('ltr');
  // The product name first does not turn the sentence around (dir="auto" would).
  const mixed = page.locator('[data-block-id]', { hasText: ARABIC_MIXED });
  expect(await mixed.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');

  // The header's first fact has its dot slot beyond the line's start (its
  // right end), where it is clipped, rather than a stray dot on its left.
  const meta = page.locator('.article__meta');
  await expect(meta).toHaveText('1 min read');
  // The reading time is the interface's English, said so inside the Arabic article.
  await expect(meta.locator('.article__detail')).toHaveAttribute('lang', 'en-US');
  const [metaRight, firstFactRight] = await meta.evaluate((e) => [
    e.getBoundingClientRect().right,
    e.firstElementChild!.getBoundingClientRect().right,
  ]);
  expect(firstFactRight).toBeGreaterThan(metaRight + 10);

  // The list is indented and the quote ruled on the right, where the lines start.
  const body = await page.locator('.article__body').boundingBox();
  const item = await page.locator('.article__body li p').first().boundingBox();
  expect(body!.x + body!.width - (item!.x + item!.width)).toBeGreaterThan(10);
  const quote = page.locator('.article__body blockquote').first();
  expect(await quote.evaluate((e) => getComputedStyle(e).borderRightWidth)).toBe('3px');
  expect(await quote.evaluate((e) => getComputedStyle(e).borderLeftWidth)).toBe('0px');

  // The contents read right to left, and stay where the interface puts them: on the left.
  const contents = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(contents.getByRole('link')).toHaveText(['العناية بالشجرة', 'تسجيل المحصول']);
  expect(await direction(page, '.toc__list')).toBe('rtl');
  expect(await direction(page, '.toc__title')).toBe('ltr');
  const contentsBox = await contents.boundingBox();
  expect(contentsBox!.x + contentsBox!.width).toBeLessThan(body!.x);
  // The interface does not turn: the library button is still at the left.
  expect(await direction(page, '.reader-page')).toBe('ltr');

  await expectBlockTexts(page, ARABIC);

  // Find takes Arabic typed right to left.
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find in article' });
  await expect(find).toHaveAttribute('dir', 'auto');
  await find.fill('الزيتون');
  await expect(page.locator('.match-bar__count')).toHaveText(/^1 of \d+$/);
  expect(await find.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
});

test('a Hebrew article reads right to left', async ({ launch }) => {
  const { page } = await launch({ contentDir });
  await open(page, HEBREW);
  await expect(page.getByRole('article')).toHaveAttribute('dir', 'rtl');
  expect(await direction(page, '.article__body p')).toBe('rtl');
  expect(await direction(page, '.article__body ul')).toBe('rtl');
});

test('an Arabic paragraph of an English article reads right to left, the rest left to right', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir });
  await open(page, ENGLISH_WITH_ARABIC);
  await expect(page.getByRole('article')).toHaveAttribute('dir', 'ltr');
  const arabic = page.locator('[data-block-id]', { hasText: ARABIC_IN_ENGLISH });
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  expect(await arabic.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  expect(await direction(page, '.article__body p')).toBe('ltr');
  await expectBlockTexts(page, ENGLISH_WITH_ARABIC);
});

test('a highlight made by selecting Arabic text quotes it and is drawn again after a reload', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir });
  await open(page, ARABIC);
  await selectText(page, ARABIC_QUOTE);

  // The toolbar lines up with where the selection starts: its right end, here the line's start.
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await expect(toolbar).toBeVisible();
  const selectionRight = await page.evaluate(() => {
    const rects = Array.from(window.getSelection()!.getRangeAt(0).getClientRects());
    const first = rects[0]!;
    const line = rects.filter((r) => r.top < first.bottom && r.bottom > first.top);
    return Math.max(...line.map((r) => r.right));
  });
  const toolbarBox = await toolbar.boundingBox();
  expect(Math.abs(toolbarBox!.x + toolbarBox!.width - selectionRight)).toBeLessThan(2);

  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  const mark = page.locator('mark[data-highlight-id]');
  await expect(mark).toHaveText(ARABIC_QUOTE);

  await page.getByRole('button', { name: 'Annotations' }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  const quote = panel.locator('.annotation-item__text');
  await expect(quote).toHaveText(ARABIC_QUOTE);
  expect(await quote.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  await quote.click();
  const note = panel.getByLabel('Note');
  await expect(note).toHaveAttribute('dir', 'auto');
  await note.fill('شجرة معمّرة');
  await panel.getByRole('button', { name: 'Save note' }).click();
  expect(await note.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');

  await page.reload();
  await expect(page.locator('mark[data-highlight-id]')).toHaveText(ARABIC_QUOTE);
  await expectBlockTexts(page, ARABIC);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Arabic article is axe clean, ${colorScheme}`, async ({ launch }) => {
    const { page } = await launch({ contentDir, colorScheme });
    await open(page, ARABIC);
    const results = await new AxeBuilder({ page })
      .setLegacyMode(true)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
