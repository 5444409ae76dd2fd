// The library list arrives in pages (common/library.ts): only the first is
// sent before the list paints, the rest as the list scrolls to them. These
// check what a reader would notice if paging went wrong: an article missing
// at the end, a filter that only looks through what was loaded, keys that
// stop at a page boundary, and coming back from an article somewhere else.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { article, writeCollection } from '../support/collection-fixture';
import { makeTempDir } from '../support/temp-dir';
import { APP_URL } from './harness';
import { expect, test } from './fixtures';

const COUNT = 420;
const NEEDLE = 397;

function number(i: number): string {
  return String(i).padStart(4, '0');
}

let contentDir: string | undefined;
async function collection(): Promise<string> {
  contentDir ??= await writeCollection(
    Array.from({ length: COUNT }, (_, i) =>
      article(
        `article-${number(i + 1)}`,
        `Article ${number(i + 1)}`,
        [
          i + 1 === NEEDLE
            ? 'The only article that mentions the okapi.'
            : `An ordinary article, number ${i + 1}.`,
          'A second paragraph, so there is something to read.',
        ],
        { tags: [`shelf-${i % 6}`] },
      ),
    ),
    { dir: await makeTempDir('reader-pages-'), withIndex: false },
  );
  return contentDir;
}

function articleList(page: Page): Locator {
  return page.getByRole('list', { name: 'Articles' });
}

/** The titles of the cards rendered now, by their place in the list. */
async function renderedTitles(page: Page): Promise<Map<number, string>> {
  const cards = await articleList(page)
    .locator('[role="listitem"]')
    .evaluateAll((items) =>
      items.map((item) => [
        Number(item.getAttribute('aria-posinset')),
        item.querySelector('a')?.textContent ?? '',
      ]),
    );
  return new Map(cards as Array<[number, string]>);
}

function focusedPlace(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const item = document.activeElement?.closest('[role="listitem"]');
    return item ? Number(item.getAttribute('aria-posinset')) : null;
  });
}

test('scrolling to the end shows every article once, in order, each as its page arrives', async ({
  launch,
}) => {
  test.setTimeout(120_000);
  const { page } = await launch({ contentDir: await collection() });
  const list = articleList(page);
  await expect(list.getByRole('link').first()).toHaveText('Article 0001');
  // Only the first page crossed before the list painted.
  expect(await list.getByRole('listitem').count()).toBeLessThan(60);
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(COUNT));

  const seen = new Map<number, string>();
  for (let step = 0; step < 400 && seen.size < COUNT; step++) {
    await page.mouse.wheel(0, 600);
    // Every card in view gets its entry: no card stays a placeholder.
    await expect(list.locator('[aria-busy="true"]')).toHaveCount(0);
    for (const [place, title] of await renderedTitles(page)) seen.set(place, title);
  }
  expect(seen.size).toBe(COUNT);
  for (let place = 1; place <= COUNT; place++) {
    expect(seen.get(place), `the card at place ${place}`).toBe(`Article ${number(place)}`);
  }
});

test('the filter finds an article far past the first page, and its tag filter counts the whole collection', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await collection() });
  const list = articleList(page);
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(list.getByRole('link', { name: `Article ${number(NEEDLE)}` })).toHaveCount(0);

  await page.getByRole('textbox', { name: 'Filter articles' }).fill('okapi');
  await expect(page.getByRole('status').filter({ hasText: 'of' })).toHaveText(
    `1 of ${COUNT} articles`,
  );
  await expect(list.getByRole('link')).toHaveText([`Article ${number(NEEDLE)}`]);

  await page.getByRole('textbox', { name: 'Filter articles' }).fill('');
  // 420 articles on six shelves: 70 each, counted over all of them.
  await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('shelf-5');
  await expect(page.getByRole('status').filter({ hasText: 'of' })).toHaveText(
    `70 of ${COUNT} articles`,
  );
  await list.getByRole('link').first().focus();
  await page.keyboard.press('End');
  await expect(list.locator('[aria-posinset="70"]').getByRole('link')).toHaveText('Article 0420');
});

test('the keyboard walks the list across page boundaries, to the end and back', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await collection() });
  const list = articleList(page);
  await expect(list.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('j');
  expect(await focusedPlace(page)).toBe(1);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  expect(await focusedPlace(page)).toBe(4);
  await page.keyboard.press('ArrowUp');
  expect(await focusedPlace(page)).toBe(3);

  // End: the last article, whose page is only asked for now.
  await page.keyboard.press('End');
  const last = list.locator(`[aria-posinset="${COUNT}"]`).getByRole('link');
  await expect(last).toBeFocused();
  await expect(last).toHaveText(`Article ${number(COUNT)}`);
  await expect(last).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(list.locator(`[aria-posinset="${COUNT - 1}"]`).getByRole('link')).toBeFocused();

  // Past a page boundary going up (pages are 50 long): 351 is on another page than 350.
  await page.keyboard.press('Home');
  await expect(list.locator('[aria-posinset="1"]').getByRole('link')).toBeFocused();
  await page.getByRole('textbox', { name: 'Filter articles' }).fill('shelf-0');
  await expect(page.getByRole('status').filter({ hasText: 'of' })).toHaveText(
    `70 of ${COUNT} articles`,
  );
  await page.getByRole('textbox', { name: 'Filter articles' }).press('ArrowDown');
  for (let i = 0; i < 55; i++) await page.keyboard.press('ArrowDown');
  expect(await focusedPlace(page)).toBe(56);
  await expect(page.locator(':focus')).toHaveText(`Article ${number(55 * 6 + 1)}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Article ${number(331)}`);
});

test('no arrow key is lost while the next page of the list is on its way', async ({ launch }) => {
  // Each page of the list takes 400 ms to arrive, as on a slow, busy machine.
  const { page } = await launch({
    contentDir: await collection(),
    slowMethods: { getLibrary: 400 },
  });
  const list = articleList(page);
  await expect(list.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('j');
  // Across the boundary at 50 and on, faster than the page arrives.
  for (let i = 0; i < 59; i++) await page.keyboard.press('ArrowDown');
  await expect(list.locator('[aria-posinset="60"]').getByRole('link')).toBeFocused();
  await expect(page.locator(':focus')).toHaveText(`Article ${number(60)}`);
});

test('coming back from an article puts the list where it was and focus on that article', async ({
  launch,
}) => {
  const { page } = await launch({
    contentDir: await collection(),
    viewport: { width: 1100, height: 800 },
  });
  const list = articleList(page);
  await expect(list.getByRole('link').first()).toBeVisible();
  // Deep into the list, past several pages.
  await list.hover();
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 700);
  await expect(list.locator('[aria-busy="true"]')).toHaveCount(0);
  // A card in the middle of the window, so clicking it scrolls nothing.
  const title = await list.evaluate((ul) => {
    const links = [...ul.querySelectorAll('a')];
    const middle = links.find((a) => a.getBoundingClientRect().top > window.innerHeight / 3);
    return middle?.textContent ?? '';
  });
  expect(title).toMatch(/^Article \d{4}$/);
  const target = list.getByRole('link', { name: title, exact: true });
  const scrollBefore = await page.evaluate(() => window.scrollY);
  const placeBefore = await target.evaluate((el) => el.getBoundingClientRect().top);
  expect(scrollBefore).toBeGreaterThan(10_000);
  await target.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.mouse.wheel(0, 400);

  await page.getByRole('button', { name: 'Back to library' }).click();
  const back = list.getByRole('link', { name: title, exact: true });
  await expect(back).toBeFocused();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThanOrEqual(
    2,
  );
  expect(
    Math.abs((await back.evaluate((el) => el.getBoundingClientRect().top)) - placeBefore),
  ).toBeLessThanOrEqual(2);

  // In the recently read order, the article just read comes first, and focus goes with it.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('recent');
  const place = (n: number) => list.locator(`[aria-posinset="${n}"]`).getByRole('link');
  await expect(place(1)).toHaveText(title);
  const second = (await place(2).textContent()) ?? '';
  await place(2).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second);
  await page.keyboard.press('Escape');
  await expect(place(1)).toHaveText(second);
  await expect(place(1)).toBeFocused();
  await expect(place(2)).toHaveText(title);
});

test('a card whose page is on its way says so, the list stays axe clean, and a page that fails is reported', async ({
  launch,
}) => {
  const reader = await launch({ contentDir: await collection() });
  const { page } = reader;
  // Holds back every later page until released, or fails it, as told.
  await page.context().addInitScript({
    content: `(() => {
      const invoke = window.__readerInvoke;
      window.__held = [];
      window.__failPages = false;
      window.__readerInvoke = (method, args) => {
        const later = method === 'getLibrary' && args[0] && args[0].offset > 0;
        if (!later) return invoke(method, args);
        if (window.__failPages) {
          // Answers cross the harness's bridge as JSON text, as they do Electron's.
          return Promise.resolve(JSON.stringify({ ok: false, error: { code: 'internal', message: 'the page went missing' } }));
        }
        return new Promise((resolve) => window.__held.push(() => resolve(invoke(method, args))));
      };
    })();`,
  });
  await page.reload();
  const list = articleList(page);
  await expect(list.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('End');
  const busy = list.locator('[aria-busy="true"]');
  await expect(busy.first()).toBeVisible();
  await expect(busy.first()).toContainText('Loading…');
  await expect(busy.first()).toHaveAttribute('aria-posinset', /\d+/);

  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.evaluate(() => {
    for (const release of (window as unknown as { __held: Array<() => void> }).__held) release();
  });
  await expect(busy).toHaveCount(0);
  await expect(list.locator(`[aria-posinset="${COUNT}"]`).getByRole('link')).toBeFocused();

  await page.evaluate(() => {
    (window as unknown as { __failPages: boolean }).__failPages = true;
  });
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('reading-time');
  await expect(list.locator('[aria-posinset="1"]').getByRole('link')).toHaveText('Article 0001');
  await list.getByRole('link').first().focus();
  await page.keyboard.press('End');
  await expect(
    page.getByText('Part of the library could not be loaded: the page went missing'),
  ).toBeVisible();
  // The list keeps what it has, and the reader can still go on.
  await expect(list.locator('[aria-posinset="1"]').getByRole('link')).toBeVisible();
  reader.pageErrors.splice(0);
});

/** Holds back every later page of the list (offset > 0) while window.__hold is set. */
const HOLD_LATER_PAGES = `(() => {
  const invoke = window.__readerInvoke;
  window.__hold = false;
  window.__held = [];
  window.__release = () => { window.__hold = false; for (const go of window.__held.splice(0)) go(); };
  window.__readerInvoke = (method, args) => {
    const later = method === 'getLibrary' && args[0] && args[0].offset > 0;
    if (!later || !window.__hold) return invoke(method, args);
    return new Promise((resolve) => window.__held.push(() => resolve(invoke(method, args))));
  };
})();`;

test('an article opened before the library was ever shown gets focus back once its page arrives, unless the reader has gone elsewhere', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await collection() });
  await page.context().addInitScript({ content: HOLD_LATER_PAGES });
  const list = articleList(page);
  const deep = list.getByRole('link', { name: 'Article 0300', exact: true });

  // Opened straight from an address (a new page): the library has no place to go back to.
  await page.goto(`${APP_URL}#/article/article-0300`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article 0300');
  await page.keyboard.press('Escape');
  await expect(deep).toBeFocused();
  await expect(deep).toBeInViewport();

  // Again, with its page held back while the reader goes to the filter.
  await page.goto(`${APP_URL}#/article/article-0300`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article 0300');
  await page.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = true));
  await page.keyboard.press('Escape');
  await expect(list.locator('[aria-busy="true"]').first()).toBeVisible();
  const filter = page.getByRole('textbox', { name: 'Filter articles' });
  await filter.focus();
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
  await expect(deep).toBeVisible();
  await expect(filter).toBeFocused();
});
