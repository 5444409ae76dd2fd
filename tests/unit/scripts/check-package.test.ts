// dist:check keeps the installers to what the app runs: a package in
// app.asar that the main process does not import (as jsdom once was, with
// its whole tree) and an archive over its budget are reported by name.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createPackage, uncache } from '@electron/asar';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APP_ARCHIVE_BUDGET_BYTES,
  checkArchive,
  checkPackagedApp,
  describeArchive,
} from '../../../scripts/check-package';
import { makeTempDir } from '../../support/temp-dir';

const scratch: string[] = [];
afterEach(async () => {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Packs `files` (path → content) into resources/app.asar, as electron-builder lays it out. */
async function archiveOf(files: Record<string, string | Buffer>): Promise<string> {
  const work = await makeTempDir('reader-check-package-');
  scratch.push(work);
  const app = join(work, 'app');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(app, path)), { recursive: true });
    await writeFile(join(app, path), content);
  }
  const archive = join(work, 'resources', 'app.asar');
  await mkdir(dirname(archive), { recursive: true });
  await createPackage(app, archive);
  return archive;
}

const manifest = (name: string, dependencies: Record<string, string> = {}) =>
  JSON.stringify({ name, version: '1.0.0', dependencies });

const APP = {
  'package.json': JSON.stringify({ name: 'offline-reader', main: 'out/main/index.js' }),
  'out/main/index.js': "import lunr from 'lunr';\nimport { app } from 'electron';\n",
  'node_modules/lunr/package.json': manifest('lunr', { 'lunr-helper': '1.0.0' }),
  'node_modules/lunr-helper/package.json': manifest('lunr-helper'),
};

describe('dist:check', () => {
  it('names each package in app.asar that the main process does not import', async () => {
    const archive = await archiveOf({
      ...APP,
      'node_modules/jsdom/package.json': manifest('jsdom', { parse5: '7.0.0' }),
      'node_modules/parse5/package.json': manifest('parse5'),
      'node_modules/@mozilla/readability/package.json': manifest('@mozilla/readability'),
    });
    const carried = checkArchive(archive).filter((p) => p.includes('does not import'));
    uncache(archive);
    expect(carried.map((p) => /package (\S+),/.exec(p)?.[1]).sort()).toEqual([
      '@mozilla/readability',
      'jsdom',
      'parse5',
    ]);
  });

  it('accepts a package that an imported one depends on', async () => {
    const archive = await archiveOf(APP);
    const problems = checkArchive(archive);
    uncache(archive);
    expect(problems.filter((p) => p.includes('does not import'))).toEqual([]);
    expect(problems.filter((p) => p.includes('lunr'))).toEqual([]);
  });

  it('fails an archive over its budget and says what is big in it', async () => {
    const archive = await archiveOf({
      ...APP,
      'out/renderer/assets/huge.js': Buffer.alloc(APP_ARCHIVE_BUDGET_BYTES + 1024, 97),
    });
    const problems = await checkPackagedApp({
      appOutDir: dirname(dirname(archive)),
      resourcesDir: dirname(archive),
      fuseTarget: '(none)',
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^app\.asar is 3\.\d\d MB, over its 3\.00 MB budget: out\/renderer 3\.\d\d MB/,
      ),
    );
    expect(describeArchive(archive)[0]).toMatchObject({ part: 'out/renderer' });
    uncache(archive);
  });
});
