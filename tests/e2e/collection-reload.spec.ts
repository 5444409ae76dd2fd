// A publisher proofreading with content:build --watch: each rebuild of the
// collection shows in the open app without a restart or a page reload, the
// library list and the open article follow it, a highlight follows its words
// (or stays unanchored), and the reader hears that the collection changed.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { compileCollection } from '../../compiler/index';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';
import { selectText } from './select-text';

const TEA = '---\ntitle: Tea\n---\nGreen tea is picked in spring.\n\nOolong is half oxidised.\n';
const COFFEE = '---\ntitle: Coffee\n---\nEspresso is pressed through fine grounds.\n';
const COCOA = '---\ntitle: Cocoa\n---\nCocoa beans are fermented.\n';

let root: string;
test.beforeEach(async () => {
  root = await makeTempDir('reader-e2e-reload-');
});
test.afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Builds the sources into the collection the app has open, as content:build does. */
async function build(files: Record<string, string>): Promise<string> {
  const inDir = join(root, 'content');
  const outDir = join(root, 'out', 'content');
  await rm(inDir, { recursive: true, force: true });
  await mkdir(inDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(inDir, name), text);
  const built = await compileCollection({ inDir, outDir, workers: 1 });
  if (!built.written) throw new Error(`the collection did not build: ${built.rejections}`);
  return outDir;
}

/** Opens Tea in the reader and highlights "half oxidised" in it, by selecting the words. */
async function highlightInTea(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^Tea/ }).click();
  await selectText(page, 'half oxidised');
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
}

test('a rebuilt collection shows in the open reader and library without a reload', async ({
  launch,
}) => {
  const contentDir = await build({ 'tea.md': TEA, 'coffee.md': COFFEE });
  const { page } = await launch({ contentDir, watchContent: true });
  const list = page.getByRole('list', { name: /articles/i });
  await highlightInTea(page);
  await expect(page.locator('mark[data-highlight-id]')).toHaveText('half oxidised');
  // Gone if the page were loaded again.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  // One article changed (a new paragraph, and words in the highlighted one), one new.
  await build({
    'tea.md': TEA.replace('Oolong is', 'White tea is rare.\n\nOolong tea is'),
    'coffee.md': COFFEE,
    'cocoa.md': COCOA,
  });
  const article = page.getByRole('article');
  await expect(article).toContainText('White tea is rare.');
  // Placed again in the new text, as when an article changed between launches.
  await expect(page.locator('mark[data-highlight-id]')).toHaveText('half oxidised');
  await expect(page.getByRole('status').filter({ hasText: 'collection was rebuilt' })).toHaveText(
    /The collection was rebuilt and is up to date: 3 articles\./,
  );

  await page.getByRole('button', { name: 'Back to library', exact: true }).click();
  await expect(list.getByRole('link')).toHaveText([/^Cocoa/, /^Coffee/, /^Tea/]);

  // With the library on screen, the list follows the next build at once.
  await build({ 'tea.md': TEA, 'cocoa.md': COCOA });
  await expect(list.getByRole('link')).toHaveText([/^Cocoa/, /^Tea/]);

  // An article the next build drops says so, rather than failing.
  await list.getByRole('link', { name: /^Cocoa/ }).click();
  await expect(article).toContainText('fermented');
  await build({ 'tea.md': TEA });
  await expect(page.getByRole('main')).toContainText('This article is no longer in the collection');
  await expect(page.getByRole('status').filter({ hasText: 'collection was rebuilt' })).toHaveText(
    /up to date: 1 article\./,
  );
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test('a rebuild waits while the reader types a note, so nothing half-written is lost', async ({
  launch,
}) => {
  const contentDir = await build({ 'tea.md': TEA });
  const { page } = await launch({ contentDir, watchContent: true });
  await highlightInTea(page);
  const mark = page.locator('mark[data-highlight-id]');
  await mark.click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByLabel('Note').fill('Check the oxidation figure');

  await build({ 'tea.md': TEA.replace('Green tea', 'White tea is rare. Green tea') });
  await expect(
    page.getByRole('status').filter({ hasText: 'collection was rebuilt' }),
  ).toBeVisible();
  // The new text waits for the reader to leave the note.
  await expect(panel.getByLabel('Note')).toHaveValue('Check the oxidation figure');
  await expect(page.getByRole('article')).not.toContainText('White tea is rare.');

  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('article')).toContainText('White tea is rare.');
  await expect(mark).toHaveClass(/highlight--has-note/);
});

test('the new text opens where the reader was, even in the paragraph that was edited', async ({
  launch,
}) => {
  const paragraphs = (edited: boolean) =>
    Array.from(
      { length: 60 },
      (_, n) =>
        `Paragraph ${n}${edited && n >= 36 && n <= 44 ? ', corrected,' : ''} ${'is about tea and its long history. '.repeat(6)}`,
    ).join('\n\n');
  const contentDir = await build({ 'tea.md': `---\ntitle: Tea\n---\n${paragraphs(false)}\n` });
  const { page } = await launch({ contentDir, watchContent: true });
  await page.getByRole('link', { name: /^Tea/ }).click();
  const article = page.getByRole('article');
  await article.getByText('Paragraph 40 ').scrollIntoViewIfNeeded();
  // The place is measured once scrolling pauses.
  await page.waitForTimeout(800);

  await build({ 'tea.md': `---\ntitle: Tea\n---\n${paragraphs(true)}\n` });
  const edited = article.getByText('Paragraph 40, corrected,');
  await expect(edited).toBeVisible();
  await expect(edited).toBeInViewport();
});

test('the Notebook on screen lists a highlight as unanchored once a rebuild took its words away', async ({
  launch,
}) => {
  const contentDir = await build({ 'tea.md': TEA });
  const { page } = await launch({ contentDir, watchContent: true });
  await highlightInTea(page);
  await expect(page.locator('mark[data-highlight-id]')).toHaveText('half oxidised');
  await page.getByRole('link', { name: 'Notebook' }).click();
  const notebook = page.getByRole('region', { name: 'Notebook' });
  await expect(notebook.getByRole('listitem')).toHaveCount(1);
  const unanchored = notebook.getByRole('region', { name: 'Unanchored' });
  await expect(unanchored).toHaveCount(0);

  await build({ 'tea.md': TEA.replace('Oolong is half oxidised.', 'Oolong is rolled.') });
  await expect(unanchored.getByRole('listitem')).toHaveCount(1);
  await expect(unanchored).toContainText('half oxidised');
});
