// The packaged shape of the app, end to end in real Electron: the built
// main process opens the window, the renderer loads over app:// under the
// CSP, window.reader reaches the services, and the bundled article opens.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { READER_METHODS } from '../../common/api';
import { makeTempDir } from '../support/temp-dir';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The Electron executable, or undefined when it was never downloaded: the
 * electron package then has no path.txt, and requiring it throws.
 */
function installedElectronBinary(): string | undefined {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    // The throw is the package saying "no binary"; the skip reason says so.
    return undefined;
  }
}

const electronBinary = installedElectronBinary();
test.skip(
  electronBinary === undefined,
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); runs in the release workflow',
);

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  // The first article of the compiled collection is what the library lists.
  const manifestPath = join(projectRoot, 'out', 'content', 'manifest.json');
  if (!existsSync(join(projectRoot, 'out', 'main', 'index.js')) || !existsSync(manifestPath)) {
    throw new Error('The app is not built: run `npm run build` before `npm run test:electron`.');
  }
  userData = await makeTempDir('reader-electron-');
  app = await electron.launch({
    executablePath: electronBinary,
    // The project folder, as `electron .` would: package.json names
    // out/main/index.js, and the app path makes out/content the collection.
    args: [projectRoot],
    cwd: projectRoot,
    env: { ...process.env, READER_USER_DATA_DIR: userData },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (userData) await rm(userData, { recursive: true, force: true });
});

async function firstArticleTitle(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(join(projectRoot, 'out', 'content', 'manifest.json'), 'utf8'),
  ) as { articles: { title: string }[] };
  const title = manifest.articles[0]?.title;
  if (!title) throw new Error('The compiled collection has no articles.');
  return title;
}

test('serves the page from app:// with only window.reader exposed', async () => {
  expect(page.url()).toBe('app://reader/index.html');
  const exposed = await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const reader = scope.reader as Record<string, unknown>;
    return {
      methods: Object.keys(reader).sort(),
      frozen: Object.isFrozen(reader),
      require: typeof scope.require,
      process: typeof scope.process,
    };
  });
  expect(exposed).toEqual({
    methods: [...READER_METHODS].sort(),
    frozen: true,
    require: 'undefined',
    process: 'undefined',
  });
});

test('refuses network requests from the page', async () => {
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://example.org/');
      return 'loaded';
    } catch {
      return 'refused';
    }
  });
  expect(outcome).toBe('refused');
});

test('lists the bundled article and opens it', async () => {
  const title = await firstArticleTitle();
  const library = page.getByRole('list', { name: 'Articles' });
  await expect(library).toBeVisible();
  const entry = library.getByText(title, { exact: true }).first();
  await expect(entry).toBeVisible();

  await entry.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});
