// The watch on a collection folder, with swaps made as the build makes them
// (a new folder renamed into place): a swap is read again and reported once,
// a damaged one is logged and changes nothing, and a folder whose parent
// cannot be watched says so instead of failing.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLLECTION_FILES, type Manifest } from '../../../../common/collection';
import { openCollection } from '../../../../main/content/collection';
import { watchCollection, type CollectionWatch } from '../../../../main/content/collection-watch';
import { article, writeCollection } from '../../../support/collection-fixture';
import { makeTempDir } from '../../../support/temp-dir';

let root: string;
let dir: string;
let watching: CollectionWatch | undefined;
let swaps = 0;

beforeEach(async () => {
  root = await makeTempDir('collection-watch-');
  dir = join(root, 'content');
  await writeCollection([article('tea', 'Tea', ['Green tea.'])], { dir });
});

afterEach(async () => {
  await watching?.close();
  watching = undefined;
  await rm(root, { recursive: true, force: true });
});

/** Replaces the folder as compiler/write.ts does: old aside, new in by rename, old deleted. */
async function swapIn(fill: (staging: string) => Promise<unknown>): Promise<void> {
  const staging = join(root, `.content.building-${++swaps}`);
  const old = join(root, `.content.old-${swaps}`);
  await mkdir(staging);
  await fill(staging);
  await rename(dir, old);
  await rename(staging, dir);
  await rm(old, { recursive: true });
}

function start() {
  const collection = openCollection(dir);
  const reloaded: Manifest[] = [];
  const log: string[] = [];
  watching = watchCollection({
    collection,
    onReloaded: (manifest) => reloaded.push(manifest),
    log: (m) => log.push(m),
    settleMs: 100,
  });
  return { collection, reloaded, log };
}

const quiet = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watching a collection folder', { timeout: 20_000 }, () => {
  it('reads a swapped-in build again and reports it once, however many renames it took', async () => {
    const { collection, reloaded } = start();
    expect((await collection.manifest()).articles).toHaveLength(1);
    await swapIn((staging) =>
      writeCollection(
        [article('tea', 'Tea', ['Green tea.']), article('cocoa', 'Cocoa', ['Beans.'])],
        {
          dir: staging,
        },
      ),
    );
    await expect.poll(() => reloaded.length, { timeout: 5000 }).toBe(1);
    await quiet(400);
    expect(reloaded).toHaveLength(1);
    expect(reloaded[0]?.articles.map((a) => a.id)).toEqual(['tea', 'cocoa']);
    expect(await collection.manifest()).toBe(reloaded[0]);
    expect((await collection.article('cocoa')).title).toBe('Cocoa');
  });

  it('logs a damaged build and reports nothing, then reports the next good one', async () => {
    const { reloaded, log } = start();
    await swapIn(async (staging) => {
      await writeCollection([article('tea', 'Tea', ['Green tea.'])], { dir: staging });
      await writeFile(join(staging, COLLECTION_FILES.manifest), '{ "half": ');
    });
    await expect
      .poll(() => log.join('\n'), { timeout: 5000 })
      .toMatch(/changed but could not be read again.*not valid JSON/);
    expect(reloaded).toEqual([]);

    await swapIn((staging) =>
      writeCollection([article('coffee', 'Coffee', ['Black.'])], { dir: staging }),
    );
    await expect.poll(() => reloaded.length, { timeout: 5000 }).toBe(1);
    expect(reloaded[0]?.articles.map((a) => a.id)).toEqual(['coffee']);
  });

  it('ignores what happens beside the folder under other names (the compile cache, other builds)', async () => {
    const { reloaded } = start();
    await mkdir(join(root, '.content.compile-cache'));
    await writeFile(join(root, '.content.compile-cache', 'entry'), 'cached');
    await writeFile(join(root, 'notes.txt'), 'unrelated');
    await quiet(500);
    expect(reloaded).toEqual([]);
  });

  it('says it is not watching when the folder beside which builds land does not exist', async () => {
    const collection = openCollection(join(root, 'missing', 'content'));
    const log: string[] = [];
    watching = watchCollection({
      collection,
      onReloaded: () => undefined,
      log: (m) => log.push(m),
    });
    expect(log.join('\n')).toMatch(
      /^Not watching .*missing.*content for rebuilds .*restart the app/,
    );
  });
});
