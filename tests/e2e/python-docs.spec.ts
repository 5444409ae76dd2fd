// Real pages of Python's documentation (Sphinx HTML, kept verbatim in
// tests/unit/compiler/fixtures/python-docs), laid out as a publisher hands
// them over: a library/ folder, the pictures in _images/ beside it, and a
// page of the publisher's own linking into them. Compiled by the real
// compiler and read in the real renderer: each element is drawn as the
// element it is, links land on their block, and Back returns.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileCollection } from '../../compiler/index';
import { APP_URL, ROOT } from './harness';
import { expect, test } from './fixtures';
import { makeTempDir } from '../support/temp-dir';

const PAGES = join(ROOT, 'tests', 'unit', 'compiler', 'fixtures', 'python-docs');
const PICTURE = join(ROOT, 'tests', 'support', 'fixtures', 'images', 'pixels-12x8.png');
const articleHref = (id: string) => `#/article/${id}`;

let contentDir: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const dir = await makeTempDir('reader-python-docs-');
  const input = join(dir, 'in');
  await mkdir(join(input, 'library'), { recursive: true });
  await mkdir(join(input, '_images'), { recursive: true });
  for (const [from, to] of [
    ['functions-excerpt.html', 'functions.html'],
    ['hashlib-excerpt.html', 'hashlib.html'],
    ['tkinter.dnd.html', 'tkinter.dnd.html'],
  ] as const) {
    await writeFile(join(input, 'library', to), await readFile(join(PAGES, from)));
  }
  // The page's own picture is not in the repository; any real PNG stands in at its path.
  await copyFile(PICTURE, join(input, '_images', 'hashlib-blake2-tree.png'));
  await writeFile(
    join(input, 'guide.md'),
    '---\ntitle: Reading guide\n---\n\nStart with [abs()](library/functions.html#abs), ' +
      'then see [the tree picture](library/hashlib.html).\n',
  );
  contentDir = join(dir, 'out');
  const built = await compileCollection({ inDir: input, outDir: contentDir, keepGoing: true });
  expect(built.rejections).toEqual([]);
  expect(built.articleCount).toBe(4);
});

test('Built-in Functions: its index table, signatures as terms, code with its lines, links within the page', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir });
  await page.goto(`${APP_URL}${articleHref('library-functions')}`);
  const body = page.locator('main');
  await expect(body.getByRole('heading', { level: 1, name: 'Built-in Functions' })).toBeVisible();

  const table = body.locator('table').first();
  await expect(table.locator('th').first()).toHaveText('Built-in Functions');
  expect(await table.locator('td a[href]').count()).toBeGreaterThan(20);

  const signature = body.locator('dt', { hasText: /^abs\(x\)$/ });
  await expect(signature).toHaveCount(1);
  await expect(signature.locator('code')).toHaveCount(1);

  const listing = body.locator('pre', { hasText: 'def all(iterable):' });
  expect(await listing.evaluate((pre) => pre.textContent)).toContain(
    'def all(iterable):\n    for element in iterable:\n        if not element:\n            return False\n    return True',
  );

  // The index's abs() link leads to the term, within the same article.
  await table.locator('a', { hasText: /^abs\(\)$/ }).click();
  await expect(page).toHaveURL(/block=/);
  await expect(signature).toBeInViewport();
});

test('tkinter.dnd: a numbered list that starts at 2 keeps its numbers', async ({ launch }) => {
  const { page } = await launch({ contentDir });
  await page.goto(`${APP_URL}${articleHref('library-tkinter-dnd')}`);
  const list = page.locator('main ol[start="2"]');
  await expect(list).toHaveCount(1);
  await expect(list.locator('li').first()).toContainText('dnd_leave(source, event)');
  await expect(list.locator('li em').first()).toBeVisible();
});

test('hashlib: the tree picture is the file beside the pages, with its alt text', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir });
  await page.goto(`${APP_URL}${articleHref('library-hashlib')}`);
  const picture = page.getByRole('img', { name: 'Explanation of tree mode parameters.' });
  await picture.scrollIntoViewIfNeeded();
  await expect(picture).toBeVisible();
  await expect
    .poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBe(12);
});

test('a search for what the picture shows finds it by its alt text and opens on it', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir, viewport: { width: 1100, height: 600 } });
  await page.getByRole('searchbox', { name: 'Search' }).fill('tree mode parameters');
  const results = page.getByRole('list', { name: 'Search results' });
  const passage = results.getByRole('link', { name: /Explanation of tree mode parameters/ });
  await expect(passage.locator('mark')).toHaveText(['tree', 'mode', 'parameters']);
  await passage.click();
  await expect(
    page.getByRole('img', { name: 'Explanation of tree mode parameters.' }),
  ).toBeInViewport();
});

test('a link from the publisher’s page opens Built-in Functions at abs(), and Back returns', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir });
  await page.goto(`${APP_URL}${articleHref('guide')}`);
  await page.locator('main a', { hasText: 'abs()' }).click();
  await expect(page).toHaveURL(/#\/article\/library-functions\?block=/);
  await expect(page.locator('main dt', { hasText: /^abs\(x\)$/ })).toBeInViewport();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page).toHaveURL(/#\/article\/guide$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Reading guide' })).toBeVisible();
});
