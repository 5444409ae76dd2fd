// Highlights as a reader makes and keeps them: select, highlight, note,
// relaunch; the publisher changes the article; export and import again.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { article, writeCollection } from '../support/collection-fixture';
import { SEED_TITLE_PATTERN, expect, test } from './fixtures';
import { APP_ORIGIN } from './harness';
import { selectText } from './select-text';
import { makeTempDir } from '../support/temp-dir';

const QUOTE = 'around 10,000 North Korean soldiers are already stationed';

test('select, highlight, note; after a relaunch it is drawn in place and listed in the Notebook', async ({
  launch,
}) => {
  // Our own folder: the harness removes the folders it made itself on close.
  const userDataDir = await makeTempDir('reader-e2e-highlights-');
  const first = await launch({ userDataDir });
  let page = first.page;
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await selectText(page, QUOTE);
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();

  const mark = page.locator('mark[data-highlight-id]');
  await expect(mark).toHaveText(QUOTE);
  await expect(mark).toHaveClass(/highlight--yellow/);

  // Clicking the highlight opens it beside the text, where the note is written.
  await mark.click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByLabel('Note').fill('Ten thousand.\nCheck the source.');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(mark).toHaveClass(/highlight--has-note/);
  await first.close();

  const second = await launch({ userDataDir });
  page = second.page;
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await expect(page.locator('mark[data-highlight-id]')).toHaveText(QUOTE);

  await page.getByRole('link', { name: 'Notebook' }).click();
  const notebook = page.getByRole('region', { name: 'Notebook' });
  await expect(notebook.getByRole('listitem')).toHaveCount(1);
  await expect(notebook).toContainText(QUOTE);
  await expect(notebook).toContainText('Ten thousand.\nCheck the source.', { useInnerText: true });
  await notebook.getByRole('link', { name: 'Go to passage' }).click();
  await expect(page.locator('mark[data-highlight-id]')).toBeInViewport();
});

test('over slow IPC, a reopened article shows its highlights with its text, not a round trip later', async ({
  launch,
}) => {
  const userDataDir = await makeTempDir('reader-e2e-highlights-');
  const first = await launch({ userDataDir });
  await first.page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await selectText(first.page, QUOTE);
  await first.page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(first.page.locator('mark[data-highlight-id]')).toHaveText(QUOTE);
  await first.close();

  // Each answer takes 700 ms: asked for one after the other, the marks
  // would come at least that long after the text.
  const CALL_MS = 700;
  const { page } = await launch({
    userDataDir,
    slowMethods: { getArticle: CALL_MS, listAnnotations: CALL_MS },
  });
  await page.evaluate(() => {
    const seen: { text?: number; mark?: number } = {};
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      seen.text ??= document.querySelector('article [data-block-id]')
        ? performance.now()
        : undefined;
      seen.mark ??= document.querySelector('mark[data-highlight-id]')
        ? performance.now()
        : undefined;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await expect(page.locator('mark[data-highlight-id]')).toHaveText(QUOTE);
  const seen = await page.evaluate(
    () => (window as unknown as { __seen: { text: number; mark: number } }).__seen,
  );
  expect(seen.mark - seen.text).toBeLessThan(CALL_MS / 2);
});

test('a word written only in a note finds its article in the library search, and opens at the highlight', async ({
  launch,
}) => {
  const { page } = await launch();
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await selectText(page, QUOTE);
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
  const mark = page.locator('mark[data-highlight-id]');
  await mark.click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByLabel('Note').fill('Ask grandmother about the zeppelin.');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(mark).toHaveClass(/highlight--has-note/);

  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('zeppelin');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.getByRole('link').first()).toHaveText(SEED_TITLE_PATTERN);
  const passage = results.getByRole('link', { name: /Your note/ });
  await expect(passage).toContainText('Ask grandmother about the zeppelin.');
  await expect(passage.locator('mark')).toHaveText(['zeppelin']);

  await passage.click();
  await expect(page.locator('mark[data-highlight-id]')).toBeInViewport();
});

test('keys: h highlights the selection, a number key recolours, b bookmarks; delete offers Undo', async ({
  launch,
}) => {
  const { page } = await launch();
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  // A selection from the end of one paragraph, over a heading, into the next.
  await selectText(page, 'gulags.', 'Reports from US intelligence');
  await page.keyboard.press('h');
  const marks = page.locator('mark[data-highlight-id]');
  await expect(marks).toHaveText([
    'gulags.',
    'A Dangerous Alliance',
    'Reports from US intelligence',
  ]);

  await marks.first().click();
  await page.keyboard.press('5');
  await expect(marks.first()).toHaveClass(/highlight--contrast/);

  await page.keyboard.press('b');
  // The bookmark marks the whole paragraph under the reading line (the one the highlight ends in).
  await expect(page.locator('[data-block-id]:has(mark.bookmark-mark)')).toHaveCount(1);
  // A highlight inside the bookmarked paragraph keeps its colour.
  const inBookmarked = page.locator('[data-block-id]:has(mark.bookmark-mark) mark.highlight');
  await expect(inBookmarked.first()).toBeVisible();
  await expect(inBookmarked.first()).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.locator('.annotation-item--selected').getByRole('button', { name: 'Delete' }).click();
  await expect(marks).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(marks).toHaveCount(3);
});

test('a highlight inside a bookmarked paragraph can be clicked to open it', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await expect(page.getByRole('article')).toContainText('gulags');
  await page.keyboard.press('b');
  await expect(page.locator('[data-block-id]:has(mark.bookmark-mark)')).toHaveCount(1);
  await selectText(page, 'their future looks grim');
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
  // A plain click: the margin ribbon must not take it.
  await page.locator('mark.highlight').click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.locator('.annotation-item--selected')).toContainText(
    'their future looks grim',
  );
});

test('the Notebook filters by colour, tag and text, and sorts by date or place', async ({
  launch,
}) => {
  const { page } = await launch();
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  // The passage earlier in the text is made first, in blue; the later one in yellow.
  await selectText(page, 'their future looks grim');
  await page.keyboard.press('3');
  await expect(page.locator('mark.highlight')).toHaveCount(1);
  await selectText(page, QUOTE);
  await page.keyboard.press('1');
  await expect(page.locator('mark.highlight')).toHaveCount(2);
  await page.locator('mark.highlight--yellow').click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByLabel('Tags').fill('troops, numbers');
  await panel.getByLabel('Tags').press('Enter');
  await expect(panel.locator('.annotation-item--selected')).toBeVisible();

  await page.getByRole('link', { name: 'Notebook' }).click();
  const notebook = page.getByRole('region', { name: 'Notebook' });
  const quotes = notebook.locator('.annotation-item__text');
  await expect(quotes).toHaveText([QUOTE, 'their future looks grim']); // newest first
  await notebook.getByLabel('Sort').selectOption({ label: 'Article and place' });
  await expect(quotes).toHaveText(['their future looks grim', QUOTE]);

  await notebook.getByLabel('Colour').selectOption({ label: 'Blue' });
  await expect(quotes).toHaveText(['their future looks grim']);
  await notebook.getByLabel('Colour').selectOption({ label: 'All' });
  await notebook.getByLabel('Tag').selectOption('numbers');
  await expect(quotes).toHaveText([QUOTE]);
  await notebook.getByLabel('Tag').selectOption({ label: 'All tags' });
  await notebook.getByLabel('Find in notes').fill('FUTURE');
  await expect(quotes).toHaveText(['their future looks grim']);
});

const P1 = 'Troops stationed in the Kursk region were seen moving north at dawn on Monday.';
const P2 = 'A defense treaty was signed between the two governments last summer in secret.';
const P3 = 'Observers expect further deployments before the winter sets in across the region.';

test('when the publisher changes the article, a highlight moves with its text or goes to Unanchored', async ({
  launch,
}) => {
  const before = article('alliance', 'A Dangerous Alliance', [P1, P2, P3]);
  const userDataDir = await makeTempDir('reader-e2e-anchoring-');
  const first = await launch({ contentDir: await writeCollection([before]), userDataDir });
  await first.page.getByRole('link', { name: 'A Dangerous Alliance' }).click();
  await selectText(first.page, 'defense treaty was signed');
  await first.page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await selectText(first.page, 'further deployments before the winter');
  await first.page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(first.page.locator('mark[data-highlight-id]')).toHaveCount(2);
  await first.close();

  // New edition: an opening paragraph, words before the first highlight, the second passage rewritten.
  const after = article('alliance', 'A Dangerous Alliance', [
    'An editor added this paragraph at the top.',
    P1,
    `According to officials, ${P2}`,
    'Nobody knows what comes next for the soldiers sent abroad.',
  ]);
  const second = await launch({ contentDir: await writeCollection([after]), userDataDir });
  const page = second.page;
  await page.getByRole('link', { name: 'A Dangerous Alliance' }).click();
  const mark = page.locator('mark[data-highlight-id]');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText('defense treaty was signed');

  await page.getByRole('link', { name: 'Notebook' }).click();
  const unanchored = page
    .getByRole('region', { name: 'Notebook' })
    .getByRole('region', { name: 'Unanchored' });
  await expect(unanchored).toContainText('further deployments before the winter');
  await expect(unanchored.getByRole('listitem')).toHaveCount(1);
  await expect(
    page
      .getByRole('region', { name: 'Notebook' })
      .getByRole('listitem')
      .filter({ hasText: 'defense treaty was signed' }),
  ).toContainText('moved with its text when the article changed');
});

test('export as Web Annotation JSON and Markdown, then import into another profile, twice', async ({
  launch,
}) => {
  const source = await launch();
  await source.page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await selectText(source.page, QUOTE);
  await source.page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(source.page.locator('mark[data-highlight-id]')).toHaveCount(1);

  // From the article's own panel: that article's annotations only.
  await source.page.getByRole('button', { name: 'Annotations' }).click();
  const panel = source.page.getByRole('complementary', { name: 'Annotations' });
  const [fromPanel] = await Promise.all([
    source.page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  expect(fromPanel.suggestedFilename()).toMatch(/\.md$/);
  expect(await readFile((await fromPanel.path())!, 'utf8')).toContain(`> ${QUOTE}`);
  await source.page.keyboard.press('Escape');

  await source.page.getByRole('link', { name: 'Notebook' }).click();
  const notebook = source.page.getByRole('region', { name: 'Notebook' });

  const [markdown] = await Promise.all([
    source.page.waitForEvent('download'),
    notebook.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toBe('notebook.md');
  const markdownText = await readFile((await markdown.path())!, 'utf8');
  expect(markdownText).toMatch(/^---\ntitle: /);
  expect(markdownText).toContain(`> ${QUOTE}`);

  const [json] = await Promise.all([
    source.page.waitForEvent('download'),
    notebook.getByRole('button', { name: 'Export JSON (Web Annotation)' }).click(),
  ]);
  const jsonPath = (await json.path())!;
  expect(JSON.parse(await readFile(jsonPath, 'utf8')).type).toBe('AnnotationCollection');

  const target = await launch();
  await target.page.getByRole('link', { name: 'Notebook' }).click();
  const targetNotebook = target.page.getByRole('region', { name: 'Notebook' });
  await targetNotebook.getByLabel('Import annotations').setInputFiles(jsonPath);
  await expect(targetNotebook.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    '1 added, 0 updated, 0 skipped',
  );
  await expect(targetNotebook.getByRole('listitem')).toHaveCount(1);
  await targetNotebook.getByLabel('Import annotations').setInputFiles(jsonPath);
  await expect(targetNotebook.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    '0 added, 0 updated, 1 skipped',
  );
  await expect(targetNotebook.getByRole('listitem')).toHaveCount(1);

  await targetNotebook.getByRole('link', { name: 'Go to passage' }).click();
  await expect(target.page.locator('mark[data-highlight-id]')).toHaveText(QUOTE);
});

test('Copy with citation puts the quote and where it comes from on the clipboard', async ({
  launch,
}) => {
  const { page } = await launch();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: APP_ORIGIN,
  });
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await selectText(page, QUOTE);
  await page.getByRole('button', { name: 'Copy with citation' }).click();
  await expect(page.getByText('Copied the passage with its citation.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`“${QUOTE}”`);
  expect(copied).toMatch(SEED_TITLE_PATTERN);
  // Copying is not highlighting.
  await expect(page.locator('mark[data-highlight-id]')).toHaveCount(0);
});

test('no page starts under the top bar: library, reader and Notebook headings are all in view', async ({
  launch,
}) => {
  const { page } = await launch({ viewport: { width: 1000, height: 700 } });
  const bar = page.locator('.app-bar').first();
  const clearOfBar = async (heading: ReturnType<Page['getByRole']>) => {
    await expect(heading).toBeVisible();
    const barBottom = (await bar.boundingBox())!.y + (await bar.boundingBox())!.height;
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(barBottom);
  };
  await clearOfBar(page.getByRole('heading', { level: 1 }));
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await clearOfBar(page.getByRole('article').getByRole('heading', { level: 1 }));
  await page.getByRole('link', { name: 'Notebook' }).click();
  await clearOfBar(
    page.getByRole('region', { name: 'Notebook' }).getByRole('heading', { level: 1 }),
  );
});
