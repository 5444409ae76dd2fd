// Moving through linked articles as in a browser: a link opens its article
// at the linked block, Back returns to the same place in the article before
// (by the buttons, Alt+←/→ and the mouse's side buttons), a link to a block
// of the same article is a step of its own, and Back from a search result
// finds the search as it was.
import { rm } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Block, Mark } from '../../common/model';
import { article, writeCollection } from '../support/collection-fixture';
import { expect, test } from './fixtures';

const PARAGRAPHS = 40;

/** Long paragraphs, so each article is many screens long and a place is a real place. */
function paragraphs(articleId: string, word: string, links: Record<number, Mark>): Block[] {
  return Array.from({ length: PARAGRAPHS }, (_, i) => {
    const text = `Paragraph ${i} of the ${word} article. ${'A sentence of ordinary words to read through. '.repeat(6)}`;
    const mark = links[i];
    return { id: `${articleId}-b${i}`, kind: 'paragraph', text, ...(mark && { marks: [mark] }) };
  });
}

const linkOver = (target: Extract<Mark, { type: 'link' }>['target']): Mark => ({
  type: 'link',
  start: 0,
  end: 'Paragraph'.length,
  target,
});

const ALPHA = article(
  'alpha',
  'Alpha Field Notes',
  paragraphs('alpha', 'alpha', {
    20: linkOver({ kind: 'article', article: 'beta', block: 'beta-b30' }),
    5: linkOver({ kind: 'block', block: 'alpha-b35' }),
  }),
);
const BETA = article(
  'beta',
  'Beta Survey',
  paragraphs('beta', 'beta', { 2: linkOver({ kind: 'article', article: 'alpha' }) }),
);

let dir: string;
test.beforeAll(async () => {
  dir = await writeCollection([ALPHA, BETA]);
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Follows a link as a reader's click would. The article body draws link
 * marks as <a href> (another part of issue 9); until it does, the link's
 * hash is set as the click would set it.
 */
async function followLink(page: Page, fromBlock: string, href: string) {
  const link = page.locator(`[data-block-id="${fromBlock}"] a[href="${href}"]`);
  if ((await link.count()) > 0) await link.click();
  else await page.evaluate((h) => (window.location.hash = h), href);
}

/** The block on the reading line (just under the top bar) and the scroll offset. */
function placeOf(page: Page) {
  return page.evaluate(() => {
    const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    let under = '';
    for (const element of document.querySelectorAll<HTMLElement>('[data-block-id]')) {
      if (element.getBoundingClientRect().top > line + 1) break;
      under = element.dataset.blockId ?? '';
    }
    return { block: under, scrollY: window.scrollY };
  });
}

async function scrollToBlock(page: Page, blockId: string) {
  await page.locator(`[data-block-id="${blockId}"]`).evaluate((element) => {
    const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    // A little into the block, so the place is an offset inside it, not its start.
    const top = window.scrollY + element.getBoundingClientRect().top - line + 30;
    window.scrollTo({ top, behavior: 'instant' });
  });
  // The reader measures its place when a scroll pauses.
  await page.waitForTimeout(700);
}

const focusedBlock = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.blockId ?? null);

/** The tint on a block a link led to: whether it runs and whether it fades. */
const cueOn = (page: Page, blockId: string) =>
  page.locator(`[data-block-id="${blockId}"]`).evaluate((element) => {
    const [animation] = element.getAnimations();
    const colours = (animation?.effect as KeyframeEffect | undefined)
      ?.getKeyframes()
      .map((frame) => String(frame.backgroundColor));
    return { running: animation !== undefined, fades: new Set(colours).size > 1 };
  });

const mouseButton = (page: Page, button: 3 | 4) =>
  page.evaluate((b) => {
    document.body.dispatchEvent(new MouseEvent('mousedown', { button: b, bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('mouseup', { button: b, bubbles: true }));
  }, button);

test('a link opens the other article at its block; Back returns to the same place, Forward goes again', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: dir, viewport: { width: 1100, height: 700 } });
  const back = page.getByRole('button', { name: 'Back', exact: true });
  const forward = page.getByRole('button', { name: 'Forward', exact: true });

  await page.evaluate(() => (window.location.hash = '#/article/alpha'));
  await expect(page.getByRole('heading', { level: 1, name: 'Alpha Field Notes' })).toBeVisible();
  await expect(forward).toHaveAttribute('aria-disabled', 'true');
  await scrollToBlock(page, 'alpha-b19');
  const leftAt = await placeOf(page);
  expect(leftAt.block).toBe('alpha-b19');

  await followLink(page, 'alpha-b20', '#/article/beta?block=beta-b30');
  await expect(page.getByRole('heading', { level: 1, name: 'Beta Survey' })).toBeVisible();
  // Opened at the linked block, which has focus for screen readers.
  await expect(page.locator('[data-block-id="beta-b30"]')).toBeInViewport();
  expect((await placeOf(page)).block).toBe('beta-b30');
  expect(await focusedBlock(page)).toBe('beta-b30');
  // A brief tint shows the eye where it landed.
  expect(await cueOn(page, 'beta-b30')).toEqual({ running: true, fades: true });
  await expect(back).toHaveAttribute('title', /Back to “Alpha Field Notes”/);
  await expect(forward).toHaveAttribute('aria-disabled', 'true');

  // Back: the same place in Alpha, not its top nor the link.
  await back.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alpha Field Notes' })).toBeVisible();
  const returned = await placeOf(page);
  expect(returned.block).toBe(leftAt.block);
  expect(Math.abs(returned.scrollY - leftAt.scrollY)).toBeLessThan(8);
  expect(await focusedBlock(page)).toBe('alpha-b19');
  await expect(forward).toHaveAttribute('aria-disabled', 'false');
  await expect(forward).toHaveAttribute('title', /Forward to “Beta Survey”/);

  // Forward: Beta again, where it was.
  await forward.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beta Survey' })).toBeVisible();
  expect((await placeOf(page)).block).toBe('beta-b30');

  // The keys.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { level: 1, name: 'Alpha Field Notes' })).toBeVisible();
  expect((await placeOf(page)).block).toBe(leftAt.block);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: 'Beta Survey' })).toBeVisible();

  // The mouse's back (3) and forward (4) buttons.
  await mouseButton(page, 3);
  await expect(page.getByRole('heading', { level: 1, name: 'Alpha Field Notes' })).toBeVisible();
  expect((await placeOf(page)).block).toBe(leftAt.block);
  await mouseButton(page, 4);
  await expect(page.getByRole('heading', { level: 1, name: 'Beta Survey' })).toBeVisible();

  // Typing in a field, Alt+← is the field's (a word back on a Mac), never Back.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('words here');
  await search.press('Alt+ArrowLeft');
  await page.waitForTimeout(300);
  await expect(page.getByRole('heading', { level: 1, name: 'Beta Survey' })).toBeVisible();
  expect(page.url()).toContain('#/article/beta');

  // All the way back: Alpha, then the library the app opened on.
  await search.press('Escape');
  await search.press('Escape');
  await back.click();
  await back.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alpha Field Notes' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Beta Survey/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
});

test('a link to a block of the same article goes there as a step of its own, and Back returns', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: dir, viewport: { width: 1100, height: 700 } });
  // For readers who asked for less motion the tint holds still instead of fading.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => (window.location.hash = '#/article/alpha'));
  const title = page.getByRole('heading', { level: 1, name: 'Alpha Field Notes' });
  await expect(title).toBeVisible();
  await scrollToBlock(page, 'alpha-b4');
  const leftAt = await placeOf(page);

  await followLink(page, 'alpha-b5', '#/article/alpha?block=alpha-b35');
  await expect(page.locator('[data-block-id="alpha-b35"]')).toBeInViewport();
  expect((await placeOf(page)).block).toBe('alpha-b35');
  expect(await focusedBlock(page)).toBe('alpha-b35');
  expect(await cueOn(page, 'alpha-b35')).toEqual({ running: true, fades: false });
  // The same article stays open: no reload, no trip through a loading screen.
  await expect(title).toBeVisible();

  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect.poll(() => placeOf(page)).toMatchObject({ block: leftAt.block });
  expect(Math.abs((await placeOf(page)).scrollY - leftAt.scrollY)).toBeLessThan(8);
  expect(page.url()).toMatch(/#\/article\/alpha$/);

  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => placeOf(page)).toMatchObject({ block: 'alpha-b35' });
});

test('a result of a library search opens its article, and Back returns to the results with the query', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: dir });
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('beta article');
  const results = page.getByRole('list', { name: 'Search results' });
  const result = results.getByRole('link', { name: /Beta Survey/ }).first();
  await expect(result).toBeVisible();
  const href = await result.getAttribute('href');
  await result.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beta Survey' })).toBeVisible();

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('beta article');
  const again = page
    .getByRole('list', { name: 'Search results' })
    .locator(`a[href="${href ?? ''}"]`)
    .first();
  await expect(again).toBeVisible();
  // Focus is back on the result that was followed.
  await expect(again).toBeFocused();
});
