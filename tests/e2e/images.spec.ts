// Images end to end: an image in a source folder goes through the asset
// step (compiler/images.ts) and write.ts into a compiled collection, is
// served from the app's own origin, and shows in the reader at its own
// size, with its alt text, opening larger on click or Enter; a file that is
// not there leaves a placeholder; nothing leaves the machine (fixtures.ts).
//
// The article is assembled from drafts here rather than parsed, so this
// checks the image path alone, whatever the parsers hand over.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { buildSearchIndex } from '../../main/search/build-index';
import { assembleArticle } from '../../compiler/article';
import { resolveImages } from '../../compiler/images';
import { loadLanguageDetector } from '../../compiler/language';
import { buildManifest } from '../../compiler/manifest';
import { writeCollection } from '../../compiler/write';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';

const PNG = fileURLToPath(new URL('../support/fixtures/images/pixels-12x8.png', import.meta.url));
const TITLE = 'Tree hashing';
const ALT = 'Explanation of tree mode parameters.';
const SVG_ALT = 'A drawn diagram.';
const DAMAGED_TITLE = 'A damaged copy';
const MISSING_ALT = 'A figure whose file went missing.';
const SVG = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">',
  '<rect width="40" height="20" fill="#2a6"/>',
  // Never run: an SVG is shown through <img> only, and served under a sandbox policy.
  '<script>document.title = "svg ran"</script>',
  '</svg>',
].join('');

let base: string;
let contentDir: string;

test.beforeAll(async () => {
  base = await makeTempDir('reader-images-');
  const sourceDir = path.join(base, 'source');
  await mkdir(path.join(sourceDir, '_images'), { recursive: true });
  await copyFile(PNG, path.join(sourceDir, '_images', 'tree.png'));
  await writeFile(path.join(sourceDir, '_images', 'drawn.svg'), SVG);
  const context = { sourcePath: path.join(sourceDir, 'library', 'hashlib.md'), root: sourceDir };
  const images = resolveImages(
    [
      { kind: 'paragraph', text: 'The figure below shows the tree of a hash.' },
      { kind: 'image', text: '', imageSource: { src: '../_images/tree.png', alt: ALT, line: 3 } },
      { kind: 'image', text: '', imageSource: { src: '../_images/drawn.svg', alt: SVG_ALT } },
      { kind: 'paragraph', text: 'Far away, a remote picture keeps only its words.' },
      {
        kind: 'image',
        text: '',
        imageSource: { src: 'https://example.com/remote.png', alt: 'A remote picture.', line: 7 },
      },
    ],
    context,
  );
  expect(images.assets).toHaveLength(2);
  expect(images.warnings.map((w) => w.line)).toEqual([7]);
  const damaged = resolveImages(
    [
      { kind: 'paragraph', text: 'A figure whose file is missing from the collection.' },
      { kind: 'image', text: '', imageSource: { src: '../_images/tree.png', alt: MISSING_ALT } },
    ],
    context,
  ).blocks;
  // It names an asset the collection does not ship: what a damaged copy looks like.
  damaged[1]!.image = { ...damaged[1]!.image!, src: 'assets/00000000000000000000000000000000.png' };
  // assembleArticle decides each article's language, which may take the detector.
  await loadLanguageDetector();
  const articles = [
    assembleArticle('hashlib.md', { metadata: { title: TITLE }, blocks: images.blocks }).article,
    assembleArticle('damaged.md', { metadata: { title: DAMAGED_TITLE }, blocks: damaged }).article,
  ];
  const manifest = buildManifest(articles, { title: 'Images', builtAt: new Date(0) });
  contentDir = path.join(base, 'content');
  await writeCollection(contentDir, {
    manifest,
    articles,
    searchIndex: buildSearchIndex(articles, manifest.contentHash),
    assets: images.assets,
  });
});

test.afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function openArticle(page: Page, title = TITLE): Promise<void> {
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('shows the image from the collection at its own size, with its alt text', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir });
  await openArticle(page);
  const image = page.getByRole('img', { name: ALT });
  await image.scrollIntoViewIfNeeded();
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(12);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(8);
  expect(await image.getAttribute('src')).toMatch(/^\/collection\/assets\/[0-9a-f]{32}\.png$/);
  expect(await image.getAttribute('loading')).toBe('lazy');
  const box = (await image.boundingBox())!;
  expect([box.width, box.height]).toEqual([12, 8]);
  // The remote image left its alt text, as a paragraph, and was never requested (fixtures.ts).
  await expect(page.getByText('A remote picture.', { exact: true })).toBeVisible();
});

test('shows an SVG as an image, at its own size, without running it', async ({ launch }) => {
  const { page } = await launch({ contentDir });
  await openArticle(page);
  const image = page.getByRole('img', { name: SVG_ALT });
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(40);
  expect(await image.getAttribute('src')).toMatch(/^\/collection\/assets\/[0-9a-f]{32}\.svg$/);
  expect(await page.title()).not.toBe('svg ran');
});

test('leaves a placeholder naming an image whose file is missing', async ({ launch }) => {
  const reader = await launch({ contentDir });
  const { page } = reader;
  await openArticle(page, DAMAGED_TITLE);
  const placeholder = page.getByRole('img', { name: `Image not available: ${MISSING_ALT}` });
  await expect(placeholder).toBeVisible();
  const box = (await placeholder.boundingBox())!;
  expect(box.height).toBeGreaterThan(20);
  // Its failed load is the page's one console error, expected here.
  expect(reader.pageErrors).toEqual([expect.stringMatching(/status of 404/)]);
  reader.pageErrors.length = 0;
});

test('fits a narrow column without changing its shape', async ({ launch }) => {
  const { page } = await launch({ contentDir, viewport: { width: 320, height: 640 } });
  await openArticle(page);
  const image = page.getByRole('img', { name: ALT });
  await image.scrollIntoViewIfNeeded();
  const style = await image.evaluate((img) => {
    const computed = getComputedStyle(img);
    return { maxWidth: computed.maxWidth, height: computed.height, width: computed.width };
  });
  expect(style.maxWidth).toBe('100%');
  expect(parseFloat(style.width) / parseFloat(style.height)).toBeCloseTo(12 / 8, 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('opens larger on click or Enter, closes with Esc and gives focus back', async ({ launch }) => {
  const { page } = await launch({ contentDir });
  await openArticle(page);
  const opener = page.getByRole('button', { name: `${ALT} (open larger)` });
  await opener.scrollIntoViewIfNeeded();
  await opener.click();
  const dialog = page.getByRole('dialog', { name: ALT });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: ALT })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
