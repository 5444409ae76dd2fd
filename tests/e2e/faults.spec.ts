// Faults the reader may meet on disk, seen from the window: never a blank
// page. A missing or damaged collection gets a screen that says what is
// wrong and how to fix it; a damaged settings file is moved aside and the app
// starts; a damaged search index is rebuilt and search works.
import { cp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTION_FILES } from '../../common/collection';
import { BUILT_CONTENT } from './harness';
import { SEED_TITLE_PATTERN, expect, test } from './fixtures';
import { makeTempDir } from '../support/temp-dir';

const temporary: string[] = [];
async function copyOfBuiltContent(): Promise<string> {
  const dir = await makeTempDir('reader-faults-');
  temporary.push(dir);
  await cp(BUILT_CONTENT, join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}
test.afterEach(async () => {
  for (const dir of temporary.splice(0)) await rm(dir, { recursive: true, force: true });
});

const SCREEN_TITLE = 'The article collection is missing or damaged';

test('a missing collection gets a screen that names the folder and the fix', async ({ launch }) => {
  const missing = join(tmpdir(), 'reader-no-such-collection');
  const { page } = await launch({ contentDir: missing });
  await expect(page.getByRole('heading', { name: SCREEN_TITLE })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(missing);
  await expect(page.getByRole('alert')).toContainText('npm run content:build');
});

test('a damaged manifest gets the same screen, naming the file', async ({ launch }) => {
  const content = await copyOfBuiltContent();
  await writeFile(join(content, COLLECTION_FILES.manifest), '{"format": "offline-reader", "ver');
  const { page } = await launch({ contentDir: content });
  await expect(page.getByRole('heading', { name: SCREEN_TITLE })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('is not valid JSON');
});

test('a damaged article file is named when the reader opens it', async ({ launch }) => {
  const content = await copyOfBuiltContent();
  const [articleFile] = await readdir(join(content, COLLECTION_FILES.articlesDir));
  await writeFile(join(content, COLLECTION_FILES.articlesDir, articleFile!), '{"blocks": [');
  const { page } = await launch({ contentDir: content });
  await page.getByRole('link', { name: SEED_TITLE_PATTERN }).click();
  await expect(page.getByRole('heading', { name: SCREEN_TITLE })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(articleFile!);
});

test('a damaged settings file is moved aside and the reader starts', async ({ launch }) => {
  const userDataDir = await makeTempDir('reader-faults-profile-');
  temporary.push(userDataDir);
  await writeFile(join(userDataDir, 'settings.json'), Buffer.from([0xff, 0xfe, 0x00, 0x7b]));
  const reader = await launch({ userDataDir });
  await expect(reader.page.getByRole('link', { name: SEED_TITLE_PATTERN })).toBeVisible();
  const files = await readdir(userDataDir);
  expect(files.some((f) => f.startsWith('settings.json.unreadable-'))).toBe(true);
  expect(reader.serviceLog.join('\n')).toMatch(/settings\.json .*moved it to/);
});

test('a damaged search index is rebuilt and search finds the article', async ({ launch }) => {
  const content = await copyOfBuiltContent();
  await writeFile(join(content, COLLECTION_FILES.searchIndex), Buffer.from([0x00, 0xff, 0x13]));
  const reader = await launch({ contentDir: content });
  await reader.page.getByRole('searchbox', { name: 'Search' }).fill('Kursk');
  await expect(
    reader.page
      .getByRole('list', { name: 'Search results' })
      // The article's own link; its passages are links too and may mention Korea.
      .getByRole('link', { name: /^North Korean Troops/ }),
  ).toBeVisible();
  expect(reader.serviceLog.join('\n')).toMatch(/rebuilt/i);
});
