// A long article (the size of the kernel docs' longest: 1,714 blocks) as a
// reader moves through it. It renders its first screen first and fills in
// the rest afterwards, and the scroll is followed without reading layout on
// every frame: every way of reaching a place deep in the text must still
// land there, and no reading place may be lost or saved as the top.
import type { Page } from '@playwright/test';
import { article, writeCollection } from '../support/collection-fixture';
import { LONG_ARTICLE_BLOCKS, longArticle } from '../support/long-article';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';

const LONG_ID = 'long';
const LONG_TITLE = 'A very long manual';
/** A word of its own deep in the text, found by the library search and by find. */
const DEEP_WORD = 'zymurgy';
/** In the section whose heading is block 1498 ("Section 215": every 7th block is a heading). */
const DEEP_BLOCK = 1500;

async function longCollection(): Promise<string> {
  return writeCollection(
    [
      longArticle(LONG_ID, LONG_TITLE, { [DEEP_BLOCK]: DEEP_WORD }),
      article('short', 'A short note', ['Only a paragraph.']),
    ],
    { dir: await makeTempDir('reader-long-') },
  );
}

const blockId = (index: number) => `${LONG_ID}-b${index}`;

async function openLongArticle(page: Page): Promise<void> {
  await page.getByRole('link', { name: LONG_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: LONG_TITLE })).toBeVisible();
}

/** Where a block's top is, in px from the reading line (the line below the top bar). */
function distanceFromLine(page: Page, id: string): Promise<number> {
  return page.evaluate((blockId) => {
    const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
    const element = document.querySelector(`[data-block-id="${blockId}"]`);
    return element ? element.getBoundingClientRect().top - line : Number.NaN;
  }, id);
}

/** The block under the reading line, found the slow, obvious way: every block's box. */
function blockAtLine(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) + 1;
    const blocks = [...document.querySelectorAll<HTMLElement>('article [data-block-id]')];
    return blocks.filter((b) => b.getBoundingClientRect().top <= line).at(-1)?.dataset.blockId;
  });
}

/** The heading the contents should mark, the slow, obvious way. */
function headingAtLine(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) + 8;
    const headings = [...document.querySelectorAll<HTMLElement>('article .article__heading')];
    return headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1)?.textContent ?? '';
  });
}

/** Resolves once the window has not scrolled for a while (a smooth scroll has ended). */
async function scrollSettled(page: Page): Promise<void> {
  let last = Number.NaN;
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => window.scrollY);
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [300] },
    )
    .toBe(true);
}

function storedPlace(page: Page): Promise<{ blockId: string; offset: number } | undefined> {
  return page.evaluate(async (id) => {
    const answer = await window.reader.getReadingPositions();
    if (!answer.ok) throw new Error(answer.error.message);
    const place = answer.value[id];
    return place && { blockId: place.blockId, offset: place.offset };
  }, LONG_ID);
}

const contents = (page: Page) => page.getByRole('navigation', { name: 'Table of contents' });
const currentEntry = (page: Page) => contents(page).locator('[aria-current="location"]');

test('a deep reading place comes back on a long article, and is not saved as the top while the article fills in', async ({
  launch,
}) => {
  const contentDir = await longCollection();
  const userDataDir = await makeTempDir('reader-long-place-');
  const first = await launch({ contentDir, userDataDir });
  await openLongArticle(first.page);
  await first.page
    .locator(`[data-block-id="${blockId(1200)}"]`)
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect.poll(() => storedPlace(first.page)).toEqual({ blockId: blockId(1200), offset: 0 });
  await first.close();

  const second = await launch({ contentDir, userDataDir });
  const { page } = second;
  await openLongArticle(page);
  // On the line at once: the blocks above it may still be filling in.
  expect(Math.abs(await distanceFromLine(page, blockId(1200)))).toBeLessThan(3);
  await expect(page.locator('article [data-block-id]')).toHaveCount(LONG_ARTICLE_BLOCKS);
  // Every block is in, and the place has not moved or been replaced by the top.
  expect(Math.abs(await distanceFromLine(page, blockId(1200)))).toBeLessThan(3);
  await page.waitForTimeout(1200);
  expect(await storedPlace(page)).toEqual({ blockId: blockId(1200), offset: 0 });
  await expect(currentEntry(page)).toHaveText((await headingAtLine(page)) ?? '');
});

test('a search passage deep in a long article opens on it, with its word marked and its section current', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await longCollection() });
  await page.getByRole('searchbox', { name: 'Search' }).fill(DEEP_WORD);
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('link', { name: new RegExp(DEEP_WORD) })
    .first()
    .click();
  const passage = page.locator(`[data-block-id="${blockId(DEEP_BLOCK)}"]`);
  await expect(passage).toBeInViewport();
  await expect(passage.locator('mark.search-mark--current')).toHaveText(DEEP_WORD);
  await expect(currentEntry(page)).toHaveText(/^Section 215:/);
});

test('End reaches the very end of a long article, and the contents mark its last section', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await longCollection() });
  await openLongArticle(page);
  await page.keyboard.press('End');
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.documentElement.scrollHeight - (window.scrollY + window.innerHeight) <= 1 &&
          document.querySelectorAll('article [data-block-id]').length,
      ),
    )
    .toBe(LONG_ARTICLE_BLOCKS);
  await expect(
    page.locator(`[data-block-id="${blockId(LONG_ARTICLE_BLOCKS - 1)}"]`),
  ).toBeInViewport();
  // The last heading never reaches the line, but it is the one on screen.
  await expect(currentEntry(page)).toHaveText(/^Section 245:/);
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
});

test('the contents follow the section while PageDown scrolls, and ] and [ move by section', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await longCollection() });
  await openLongArticle(page);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('PageDown');
    if (i % 3 !== 2) continue;
    // Once the scroll has settled the marked entry is the heading above the line.
    await scrollSettled(page);
    expect(await currentEntry(page).textContent()).toBe(await headingAtLine(page));
  }
  const before = await currentEntry(page).textContent();
  const number = Number(/^Section (\d+)/.exec(before ?? '')?.[1]);
  await page.keyboard.press(']');
  await expect(currentEntry(page)).toHaveText(new RegExp(`^Section ${number + 1}:`));
  const heading = page.getByRole('article').getByRole('heading', {
    name: new RegExp(`^Section ${number + 1}:`),
  });
  await expect
    .poll(async () =>
      Math.abs(await distanceFromLine(page, (await heading.getAttribute('data-block-id'))!)),
    )
    .toBeLessThan(10);
  await page.keyboard.press('[');
  await expect(currentEntry(page)).toHaveText(new RegExp(`^Section ${number}:`));
  await scrollSettled(page);
  await page.keyboard.press('[');
  await expect(currentEntry(page)).toHaveText(new RegExp(`^Section ${number - 1}:`));
});

test('no reading place is lost: leaving right after scrolling keeps it, and a larger text size stays on it', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await longCollection() });
  await openLongArticle(page);
  for (let i = 0; i < 8; i++) await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.scrollY > 3000)).toBe(true);
  // Once the smooth scroll has ended, a larger text size keeps the same block on the line.
  await scrollSettled(page);
  const reading = await blockAtLine(page);
  await page.keyboard.press('+');
  await expect.poll(() => blockAtLine(page)).toBe(reading);

  // Scroll on and leave at once, before the pause that saves.
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(400);
  const left = await blockAtLine(page);
  expect(left).not.toBe(reading);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
  await expect.poll(async () => (await storedPlace(page))?.blockId).toBe(left);
});

test('a contents link, find, and a highlight deep in a long article are all reached', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await longCollection() });
  const created = await page.evaluate(
    async ({ articleId, blockId }) => {
      const answer = await window.reader.createHighlight({
        articleId,
        range: { startBlockId: blockId, startOffset: 0, endBlockId: blockId, endOffset: 20 },
        color: 'green',
        note: '',
      });
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value.id;
    },
    { articleId: LONG_ID, blockId: blockId(1650) },
  );
  await openLongArticle(page);

  await contents(page)
    .getByRole('link', { name: /^Section 200:/ })
    .click();
  const section = page.getByRole('article').getByRole('heading', { name: /^Section 200:/ });
  await expect(section).toBeInViewport();
  await expect(currentEntry(page)).toHaveText(/^Section 200:/);

  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find in article' }).fill(DEEP_WORD);
  await expect(page.locator('mark.search-mark--current')).toBeInViewport();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Annotations' }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByRole('listitem').first().getByRole('button').first().click();
  await expect(page.locator(`mark[data-highlight-id="${created}"]`)).toBeInViewport();
});
