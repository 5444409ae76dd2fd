import { article, writeCollection } from '../support/collection-fixture';
import { SEED_HEADINGS, SEED_TITLE_PATTERN, expect, test } from './fixtures';

test('the library lists the bundled seed article', async ({ launch }) => {
  const { page } = await launch();
  const articles = page.getByRole('list', { name: 'Articles' });
  await expect(articles.getByRole('link', { name: SEED_TITLE_PATTERN })).toBeVisible();
  await expect(articles.getByRole('listitem')).toHaveCount(1);
});

test('opening the seed article shows its title, its five headings and a table of contents', async ({
  launch,
}) => {
  const { page } = await launch();
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('link', { name: SEED_TITLE_PATTERN })
    .click();

  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE_PATTERN);
  await expect(article.getByRole('heading', { level: 2 })).toHaveText(SEED_HEADINGS);

  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(toc.getByRole('link')).toHaveText(SEED_HEADINGS);

  // Every rendered block is addressable by its block id.
  const blocks = article.locator('[data-block-id]');
  expect(await blocks.count()).toBeGreaterThanOrEqual(5 + 11);
  await expect(article).toContainText('the risks don’t end with the war.');
  // The scraped widget error at the end of the source is not article text.
  await expect(page.locator('body')).not.toContainText('GIPHY');
});

test('a table of contents entry takes the reader to its section', async ({ launch }) => {
  const { page } = await launch({ viewport: { width: 900, height: 500 } });
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await page
    .getByRole('navigation', { name: 'Table of contents' })
    .getByRole('link', { name: 'The Human Cost' })
    .click();
  const heading = page.getByRole('article').getByRole('heading', { name: 'The Human Cost' });
  await expect(heading).toBeInViewport();
});

test('long identifiers in headings wrap inside the table of contents and the article', async ({
  launch,
}) => {
  const long = 'KVM_CAP_HYPERV_ENFORCE_CPUID_AND_SOMETHING_EVEN_LONGER_THAN_THAT';
  const contentDir = await writeCollection([
    article('ids', 'Identifiers', [
      'Intro paragraph.',
      { id: 'h', kind: 'heading', level: 2, text: `8.33 ${long}` },
      `Set ${long}${long} to enable it.`,
    ]),
  ]);
  const { page } = await launch({ contentDir, viewport: { width: 1200, height: 800 } });
  await page.getByRole('link', { name: 'Identifiers' }).click();
  const tocLink = page
    .getByRole('navigation', { name: 'Table of contents' })
    .getByRole('link', { name: /8\.33/ });
  await expect(tocLink).toBeVisible();
  const overflows = (el: HTMLElement) => el.scrollWidth > el.clientWidth + 1;
  expect(await tocLink.evaluate(overflows)).toBe(false);
  expect(await page.getByRole('article').evaluate(overflows)).toBe(false);
});

for (const width of [360, 320]) {
  test(`in a ${width} px window every control of the top bar stays on screen`, async ({
    launch,
  }) => {
    const { page } = await launch({ viewport: { width, height: 700 } });
    await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
    const onScreen = async () => {
      const controls = page.locator('.app-bar').first().locator('button, a, input');
      const count = await controls.count();
      expect(count).toBeGreaterThan(2);
      for (let i = 0; i < count; i++) {
        const box = await controls.nth(i).boundingBox();
        if (!box) continue; // not rendered at this width
        expect(box.x, `control ${i} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `control ${i} ends on screen`).toBeLessThanOrEqual(width);
      }
    };
    await onScreen();
    await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
    await expect(page.getByRole('article')).toBeVisible();
    await onScreen();
  });
}
