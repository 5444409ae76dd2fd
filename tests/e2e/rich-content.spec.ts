// The hand-made rich article (tests/support/rich-article.ts) as a reader
// meets it: every element is the element it is, every block element reads
// exactly its block's text, footnotes open in place and give focus back, a
// wide table scrolls inside the column, and highlights made across a link,
// in a table cell and in a footnote are drawn on that text after a relaunch.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '../../common/settings';
import {
  CODE_TEXT,
  LINKED_TEXT,
  OTHER_TITLE,
  RICH_ARTICLE,
  RICH_TITLE,
  WIDE_TABLE_COLUMNS,
} from '../support/rich-article';
import { writeRichCollection } from '../support/rich-collection';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';
import { ROOT } from './harness';
import { selectText } from './select-text';
import { chooseTheme } from './choose-theme';

async function openRich(page: Page): Promise<void> {
  await page.getByRole('link', { name: RICH_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: RICH_TITLE })).toBeVisible();
}

const block = (page: Page, id: string) => page.locator(`[data-block-id="${id}"]`);

/** Selects [start, end) of a block's text, walking its text nodes the way a drag would end up. */
async function selectInBlock(page: Page, id: string, start: number, end: number) {
  await block(page, id).evaluate(
    (element, [from, to]) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const next = seen + node.data.length;
        if (from! >= seen && from! < next) range.setStart(node, from! - seen);
        if (to! > seen && to! <= next) range.setEnd(node, to! - seen);
        seen = next;
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    },
    [start, end],
  );
}

test('each element of the rich model is drawn as the element it is', async ({ launch }) => {
  const { page } = await launch({ contentDir: await writeRichCollection() });
  await openRich(page);
  const article = page.getByRole('article');

  // Lists: numbered from the author's start, nested, and task items announced as checked.
  const numbered = article.locator('ol.article__list').first();
  await expect(numbered).toHaveAttribute('start', '3');
  await expect(numbered.locator(':scope > li')).toHaveCount(2);
  await expect(numbered.locator('ul > li')).toHaveText('A nested bullet.');
  await expect(article.getByRole('checkbox', { name: 'Task done' })).toHaveCount(2);
  await expect(article.getByRole('checkbox').first()).toBeChecked();
  await expect(article.getByRole('checkbox').nth(1)).not.toBeChecked();
  await expect(article.getByRole('checkbox').first()).toBeDisabled();

  // A quote of two paragraphs, a note box named by its label.
  await expect(article.locator('blockquote > p')).toHaveCount(2);
  await expect(article.getByRole('note', { name: 'Warning' })).toContainText('close()');

  // Tables: header cells, spans and alignment, each in a named, focusable region.
  const first = article.getByRole('region', { name: 'Table 1' });
  await expect(first.getByRole('columnheader')).toHaveText(['Name', 'Value']);
  await expect(block(page, 'td-b')).toHaveAttribute('rowspan', '2');
  await expect(block(page, 'td-total')).toHaveAttribute('colspan', '2');
  await expect(block(page, 'th-value')).toHaveCSS('text-align', 'right');
  await expect(first).toHaveAttribute('tabindex', '0');

  // A definition list, a figure with its caption, a listing with its language beside it, a rule.
  await expect(article.locator('dl > dt')).toHaveText('total(items)');
  await expect(article.locator('dl > dd > p')).toHaveCount(2);
  await expect(article.locator('figure figcaption')).toHaveText('Flags a file is opened with.');
  const code = block(page, 'code');
  await expect(code).toHaveJSProperty('tagName', 'PRE');
  await expect(code).toHaveCSS('white-space', 'pre');
  expect(await code.evaluate((e) => e.textContent)).toBe(CODE_TEXT);
  await expect(page.locator('.article__code-language')).toHaveText('python');
  await expect(block(page, 'rule')).toHaveJSProperty('tagName', 'HR');

  // Inline marks.
  const marks = block(page, 'marks');
  await expect(marks.locator('em')).toHaveText('emphasis');
  await expect(marks.locator('code')).toHaveText('code()');
  await expect(marks.locator('s')).toHaveText('struck text');
  await expect(marks.locator('sub')).toHaveText('2');
  await expect(marks.getByRole('link', { name: 'a web link' })).toHaveAttribute(
    'href',
    'https://example.org/page',
  );
  await expect(marks.getByRole('link', { name: 'another article' })).toHaveAttribute(
    'href',
    '#/article/plain-neighbour?block=n1',
  );
  // A hard line break is a break, not an element.
  await expect(block(page, 'break')).toHaveCSS('white-space', 'pre-line');
  const lines = await block(page, 'break').evaluate((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(2);
});

test('every block element reads exactly its block text, and the wide table scrolls inside the column', async ({
  launch,
}) => {
  const { page } = await launch({
    contentDir: await writeRichCollection(),
    viewport: { width: 400, height: 800 },
  });
  await openRich(page);
  const texts = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('article [data-block-id]')].map((e) => [
        e.dataset.blockId,
        e.textContent,
      ]),
    ),
  );
  expect(texts).toEqual(Object.fromEntries(RICH_ARTICLE.blocks.map((b) => [b.id, b.text])));

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways').toBe(0);
  const wide = page.getByRole('region', { name: 'Table 2' });
  await expect(wide.getByRole('columnheader')).toHaveCount(WIDE_TABLE_COLUMNS);
  const scroll = await wide.evaluate((e) => ({ inner: e.scrollWidth, outer: e.clientWidth }));
  expect(scroll.inner).toBeGreaterThan(scroll.outer);
  // The keyboard scrolls it once it has focus.
  await wide.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => wide.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
});

test('a footnote opens beside its reference and gives focus back on Esc or Close; its back link returns', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await writeRichCollection() });
  await openRich(page);
  const reference = block(page, 'marks').getByRole('link', { name: 'Footnote 1' });
  await reference.click();
  const popover = page.getByRole('dialog', { name: 'Footnote 1' });
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('The first note says where the claim comes from');
  await expect(popover).toBeFocused();
  // Next to the reference, not at the end of the article.
  const [ref, box] = await Promise.all([reference.boundingBox(), popover.boundingBox()]);
  expect(Math.abs(box!.y - (ref!.y + ref!.height))).toBeLessThan(40);

  // Esc closes the note, not the article.
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(reference).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: RICH_TITLE })).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await popover.getByRole('button', { name: 'Close footnote' }).click();
  await expect(popover).toBeHidden();
  await expect(reference).toBeFocused();

  // The note at the end links back to its first reference.
  const footnotes = page.getByRole('region', { name: 'Footnotes' });
  await footnotes.getByRole('link', { name: 'Back to reference 1' }).click();
  await expect(reference).toBeFocused();
  await expect(reference).toBeInViewport();
});

test('a link to a block of the article, and one to another article, open at that block', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await writeRichCollection() });
  await openRich(page);
  await block(page, 'marks').getByRole('link', { name: 'a block link' }).click();
  await expect(block(page, 'code')).toBeInViewport();
  await block(page, 'marks').getByRole('link', { name: 'another article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: OTHER_TITLE })).toBeVisible();
  await expect(block(page, 'n1')).toBeInViewport();
});

test('find in the article marks words in a table cell, across a link and in a footnote', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await writeRichCollection() });
  await openRich(page);
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find in article' });
  await find.fill('O_RDONLY');
  await expect(block(page, 'ft-d').locator('mark.search-mark--current')).toHaveText('O_RDONLY');
  await find.fill('claim comes');
  await expect(block(page, 'fn1-text').locator('mark.search-mark')).toHaveText('claim comes');
  await find.fill('web link');
  // Inside the link, cut where its bold word starts: two runs, one match.
  await expect
    .poll(() =>
      block(page, 'marks')
        .locator('a mark.search-mark')
        .allTextContents()
        .then((runs) => runs.join('')),
    )
    .toBe('web link');
});

test('a web link in the text asks before leaving, and shows its address', async ({ launch }) => {
  const reader = await launch({ contentDir: await writeRichCollection() });
  const { page } = reader;
  await openRich(page);
  const link = block(page, 'marks').getByRole('link', { name: 'a web link' });
  await expect(link).toHaveAttribute('title', /https:\/\/example\.org\/page/);
  // Its address shows at the window's edge on hover and on keyboard focus, and goes after.
  const address = page.getByTestId('link-address');
  await link.hover();
  await expect(address).toHaveText(/^https:\/\/example\.org\/page/);
  await page.mouse.move(0, 300);
  await expect(address).toHaveCount(0);
  await link.focus();
  await expect(address).toHaveText(/^https:\/\/example\.org\/page/);
  await link.blur();
  await expect(address).toHaveCount(0);
  await link.click();
  const dialog = page.getByRole('dialog', { name: /Open example\.org in your browser/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay here' }).click();
  expect(reader.externalOpens).toEqual([]);
});

test('highlights across a link, in a table cell and in a footnote keep their text through a relaunch', async ({
  launch,
}) => {
  const contentDir = await writeRichCollection();
  const userDataDir = await makeTempDir('reader-rich-highlights-');
  const first = await launch({ contentDir, userDataDir });
  let page = first.page;
  await openRich(page);

  // From inside the web link, over the bold run between, into the article link.
  const across = 'web link, another art';
  const at = LINKED_TEXT.indexOf(across);
  await selectInBlock(page, 'marks', at, at + across.length);
  // h highlights the selection, wherever the toolbar would be.
  await page.keyboard.press('h');
  const made = page.locator('mark[data-highlight-id]');
  await expect(made).not.toHaveCount(0);
  await selectText(page, 'across both columns');
  await page.keyboard.press('h');
  await expect(block(page, 'td-total').locator('mark[data-highlight-id]')).toHaveCount(1);
  await selectText(page, 'says where the claim');
  await page.keyboard.press('h');
  await expect(block(page, 'fn1-text').locator('mark[data-highlight-id]')).toHaveCount(1);
  await first.close();

  const second = await launch({ contentDir, userDataDir });
  page = second.page;
  await openRich(page);
  const marked = (id: string) =>
    block(page, id)
      .locator('mark[data-highlight-id]')
      .allTextContents()
      .then((runs) => runs.join(''));
  await expect.poll(() => marked('marks')).toBe(across);
  expect(LINKED_TEXT).toContain(across);
  await expect.poll(() => marked('td-total')).toBe('across both columns');
  await expect.poll(() => marked('fn1-text')).toBe('says where the claim');
  // The links are still one element each, the highlight inside them.
  await expect(block(page, 'marks').getByRole('link', { name: 'a web link' })).toHaveCount(1);
  await expect(block(page, 'marks').getByRole('link', { name: 'another article' })).toHaveCount(1);
});

const SHOTS = join(ROOT, 'test-results', 'screenshots', 'rich');

for (const theme of ['light', 'dark', 'sepia'] as const) {
  test(`the rich article at 1280, 900 and 400 px, ${theme} (screenshots to look at)`, async ({
    launch,
  }) => {
    await mkdir(SHOTS, { recursive: true });
    const { page } = await launch({
      contentDir: await writeRichCollection(),
      colorScheme: theme === 'dark' ? 'dark' : 'light',
      viewport: { width: 1280, height: 900 },
    });
    await chooseTheme(page, theme);
    await openRich(page);
    for (const width of [1280, 900, 400]) {
      await page.setViewportSize({ width, height: 900 });
      // Once the layout has settled after the resize: on a busy machine the
      // first frame after it can still be laid out for the old width.
      await expect
        .poll(
          () =>
            page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            ),
          { message: `horizontal scrolling at ${width} px` },
        )
        .toBe(0);
      await page.screenshot({ path: join(SHOTS, `rich-${theme}-${width}.png`), fullPage: true });
    }
    await block(page, 'marks').getByRole('link', { name: 'Footnote 1' }).click();
    await expect(page.getByRole('dialog', { name: 'Footnote 1' })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `rich-${theme}-400-footnote.png`) });

    // The smallest and the largest text size, in a small window and a wide one.
    for (const fontSize of [FONT_SIZE_MIN, FONT_SIZE_MAX]) {
      await page.evaluate(
        (size) =>
          (
            window as unknown as { reader: { updateSettings(p: object): Promise<unknown> } }
          ).reader.updateSettings({ fontSize: size }),
        fontSize,
      );
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: RICH_TITLE })).toBeVisible();
      for (const width of [400, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        // Polled, as above: the first frame after a resize can still be laid out for the old width.
        await expect
          .poll(
            () =>
              page.evaluate(
                () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
              ),
            { message: `horizontal scrolling at ${width} px, ${fontSize} px text` },
          )
          .toBe(0);
        await page.screenshot({
          path: join(SHOTS, `rich-${theme}-${width}-text${fontSize}.png`),
          fullPage: true,
        });
      }
    }
  });
}

// A real compiled collection (RICH_COLLECTION=<dir>, for example the kernel
// docs built by `npm run content:build`): in the articles with the most
// blocks and the most marks, every block element reads exactly its text, no
// page scrolls sideways at 400 px, and the figures are printed.
const REAL_COLLECTION = process.env.RICH_COLLECTION;

test('on a real compiled collection, the richest articles read exactly their text and never widen the page', async ({
  launch,
}) => {
  test.skip(!REAL_COLLECTION, 'set RICH_COLLECTION to a compiled collection to run this');
  test.setTimeout(300_000);
  const { readdir, readFile } = await import('node:fs/promises');
  const dir = join(REAL_COLLECTION!, 'articles');
  const articles = await Promise.all(
    (await readdir(dir)).map(
      async (file) => JSON.parse(await readFile(join(dir, file), 'utf8')) as typeof RICH_ARTICLE,
    ),
  );
  const richness = (a: typeof RICH_ARTICLE) =>
    a.blocks.reduce((n, b) => n + (b.marks?.length ?? 0) + (b.within?.length ?? 0), 0);
  const asides = (a: typeof RICH_ARTICLE) =>
    a.blocks.filter((b) => b.within?.some((c) => c.type === 'aside')).length;
  const chosen = [
    ...[...articles].sort((a, b) => b.blocks.length - a.blocks.length).slice(0, 4),
    ...[...articles].sort((a, b) => richness(b) - richness(a)).slice(0, 4),
    ...[...articles].sort((a, b) => asides(b) - asides(a)).slice(0, 1),
  ].filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i);

  const { page } = await launch({
    contentDir: REAL_COLLECTION,
    viewport: { width: 400, height: 800 },
  });
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
  for (const article of chosen) {
    const started = Date.now();
    await page.evaluate((id) => (window.location.hash = `#/article/${id}`), article.id);
    await expect(page.locator('article [data-block-id]').first()).toBeVisible();
    const firstMs = Date.now() - started;
    await expect(page.locator('article [data-block-id]')).toHaveCount(article.blocks.length, {
      timeout: 30_000,
    });
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('article [data-block-id]')].map((e) => [
        e.dataset.blockId,
        e.textContent,
      ]),
    );
    const drawn = new Map(texts as Array<[string, string]>);
    const wrong = article.blocks.filter((b) => drawn.get(b.id) !== b.text).map((b) => b.id);
    expect(wrong, `blocks of ${article.id} whose element reads other text`).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${article.id} scrolls sideways at 400 px`).toBe(0);
    await mkdir(SHOTS, { recursive: true });
    // Where its structure is: the first note box, else the first list or listing.
    await page.evaluate(() =>
      document
        .querySelector('.article__aside, .article__body ol, .article__code')
        ?.scrollIntoView({ block: 'start' }),
    );
    await page.screenshot({ path: join(SHOTS, `real-${article.id}.png`) });
    console.log(
      `${article.id}: ${article.blocks.length} blocks, ${richness(article)} marks and containers, first block in ${firstMs} ms`,
    );
  }
});
