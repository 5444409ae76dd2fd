// Reflow: at 320 and 400 px no page scrolls sideways, whatever the Notebook
// lists; at 900 px the Annotations panel never covers the text, taking the
// contents sidebar's room while it is open.
import type { Page } from '@playwright/test';
import { SEED_TITLE_PATTERN, expect, test } from './fixtures';

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function highlightFirstParagraph(page: Page) {
  await page.evaluate(async () => {
    const reader = (
      window as unknown as {
        reader: Record<string, (...a: unknown[]) => Promise<{ value: unknown }>>;
      }
    ).reader;
    const library = (await reader.getLibrary!()).value as { entries: Array<{ id: string }> };
    const id = library.entries[0]!.id;
    const article = (await reader.getArticle!(id)).value as {
      blocks: Array<{ id: string; kind: string }>;
    };
    const block = article.blocks.find((b) => b.kind === 'paragraph')!;
    await reader.createHighlight!({
      articleId: id,
      range: { startBlockId: block.id, startOffset: 0, endBlockId: block.id, endOffset: 40 },
      note: 'A note',
      tags: ['war'],
    });
  });
}

for (const width of [320, 400]) {
  test(`the Notebook does not scroll sideways at ${width} px`, async ({ launch }) => {
    const { page } = await launch({ viewport: { width, height: 760 } });
    await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
    await highlightFirstParagraph(page);
    await page.getByRole('link', { name: 'Notebook' }).click();
    const notebook = page.getByRole('region', { name: 'Notebook' });
    // The Article filter names the seed article, whose title is long.
    await expect(notebook.getByRole('combobox', { name: /^Article/ })).toBeVisible();
    await expect(notebook.getByRole('listitem')).toHaveCount(1);
    expect(await sideways(page)).toBe(0);
  });
}

test('at 900 px the Annotations panel takes the contents sidebar’s room instead of covering the text', async ({
  launch,
}) => {
  const { page } = await launch({ viewport: { width: 900, height: 760 } });
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  const contents = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(contents).toBeVisible();
  await page.getByRole('button', { name: 'Annotations' }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel).toBeVisible();
  await expect(contents).toBeHidden();
  const text = await page.locator('article p').first().boundingBox();
  const side = await panel.boundingBox();
  expect(text!.x + text!.width, 'the text ends before the panel begins').toBeLessThanOrEqual(
    side!.x,
  );
  expect(await page.getByRole('button', { name: 'Contents' }).getAttribute('aria-expanded')).toBe(
    'false',
  );
  // The contents button brings the contents back in the panel's place.
  await page.getByRole('button', { name: 'Contents' }).click();
  await expect(panel).toBeHidden();
  await expect(contents).toBeVisible();
});
