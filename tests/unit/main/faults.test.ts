// Faults on disk, through the public services (what the app and the e2e
// harness start): damaged profile files are moved aside and the reader
// starts; a damaged search index is rebuilt from the articles; a damaged or
// missing collection is named, never shown as an empty library.
import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTION_FILES } from '../../../common/collection';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import { createReaderServices, type ReaderServices } from '../../../main/services';
import { STORE_FILES, openAnnotationStore } from '../../../main/annotations/store';
import { READING_POSITIONS_FILE } from '../../../main/storage/reading-positions-store';
import { SETTINGS_FILE } from '../../../main/storage/settings-store';
import { TWO_ARTICLES, writeCollection } from '../../support/collection-fixture';
import { mountSmallDisk, type SmallDisk } from '../../support/small-disk';
import { makeTempDir } from '../../support/temp-dir';

const ARTICLES = [...TWO_ARTICLES];

const open: ReaderServices[] = [];
const temporary: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await makeTempDir(prefix);
  temporary.push(dir);
  return dir;
}
async function start(contentDir: string, userDataDir: string, log: string[] = []) {
  const services = await createReaderServices({ contentDir, userDataDir, log: (m) => log.push(m) });
  open.push(services);
  return services;
}
const mounted: SmallDisk[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  for (const disk of mounted.splice(0)) await disk.unmount();
  for (const dir of temporary.splice(0)) {
    await chmod(dir, 0o700).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
});

async function searchWhenReady(services: ReaderServices, query: string) {
  for (let i = 0; i < 300; i++) {
    const status = await services.api.getSearchStatus();
    if (status.state === 'ready') return services.api.search(query);
    if (status.state === 'failed') throw new Error(`search failed: ${status.message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('search never became ready');
}

describe('a damaged profile', () => {
  it.each([
    ['binary garbage', Buffer.from([0xff, 0xfe, 0x00, 0x9f, 0x92, 0x96])],
    ['an empty file', Buffer.alloc(0)],
    ['a half-written file', Buffer.from('{"theme": "dark", "fontSi')],
    ['valid JSON of the wrong shape', Buffer.from('[1, 2, 3]')],
    ['settings out of range', Buffer.from('{"fontSize": 400}')],
  ])('settings that are %s are moved aside, kept, and the reader starts', async (_name, bytes) => {
    const userData = await tempDir('reader-faults-');
    await writeFile(join(userData, SETTINGS_FILE), bytes);
    const log: string[] = [];
    const { api } = await start(await writeCollection(ARTICLES), userData, log);
    expect(await api.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await api.getLibrary()).entries).toHaveLength(2);
    const aside = (await readdir(userData)).find((f) =>
      f.startsWith(`${SETTINGS_FILE}.unreadable-`),
    );
    expect(aside, 'the damaged file is kept beside the new one').toBeDefined();
    expect(await readFile(join(userData, aside!))).toEqual(bytes);
    expect(log.join('\n')).toContain(aside);
    // The next change is stored in a fresh file.
    await api.updateSettings({ theme: 'dark' });
    expect(JSON.parse(await readFile(join(userData, SETTINGS_FILE), 'utf8')).theme).toBe('dark');
  });

  it('a settings path that cannot be read as a file is moved aside too', async () => {
    const userData = await tempDir('reader-faults-');
    await mkdir(join(userData, SETTINGS_FILE));
    await writeFile(join(userData, SETTINGS_FILE, 'stray.txt'), 'kept');
    const log: string[] = [];
    const { api } = await start(await writeCollection(ARTICLES), userData, log);
    expect(await api.getSettings()).toEqual(DEFAULT_SETTINGS);
    const aside = (await readdir(userData)).find((f) =>
      f.startsWith(`${SETTINGS_FILE}.unreadable-`),
    );
    expect(aside).toBeDefined();
    expect(await readFile(join(userData, aside!, 'stray.txt'), 'utf8')).toBe('kept');
    await api.updateSettings({ fontSize: 20 });
    expect((await api.getSettings()).fontSize).toBe(20);
  });

  it('damaged reading positions are moved aside and the reader starts', async () => {
    const userData = await tempDir('reader-faults-');
    await writeFile(join(userData, READING_POSITIONS_FILE), '{"alliance": {"blockId": 7}}');
    const log: string[] = [];
    const { api } = await start(await writeCollection(ARTICLES), userData, log);
    expect(await api.getReadingPositions()).toEqual({});
    const files = await readdir(userData);
    expect(files.some((f) => f.startsWith(`${READING_POSITIONS_FILE}.unreadable-`))).toBe(true);
    await api.saveReadingPosition('alliance', { blockId: 'alliance-b1', offset: 0, progress: 1 });
    expect(Object.keys(await api.getReadingPositions())).toEqual(['alliance']);
  });
});

describe('a damaged search index is rebuilt from the articles', () => {
  const damage: [string, string | Buffer][] = [
    ['truncated', '{"version": 1, "contentHash": "'],
    ['binary garbage', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80])],
    ['empty', ''],
    ['of another format', '{"version": 2, "index": []}'],
  ];

  it.each(damage)('an index that is %s', async (_name, bytes) => {
    const dir = await writeCollection(ARTICLES);
    await writeFile(join(dir, COLLECTION_FILES.searchIndex), bytes);
    const log: string[] = [];
    const services = await start(dir, await tempDir('reader-faults-'), log);
    const results = await searchWhenReady(services, 'treaty');
    expect(results.hits.map((h) => h.articleId)).toEqual(['alliance']);
    expect(log.join('\n')).toMatch(/rebuilt/i);
  });

  it('an index with the right stamp but cut short or with a damaged term table', async () => {
    for (const damageIndex of [
      (bytes: Buffer) => bytes.subarray(0, bytes.length - 7),
      (bytes: Buffer) => {
        // Lose a separator between terms: the header's term count no longer fits.
        const damaged = Buffer.from(bytes);
        damaged[damaged.indexOf('\n', damaged.indexOf('"}') + 2)] = 0x78;
        return damaged;
      },
    ]) {
      const dir = await writeCollection(ARTICLES);
      const path = join(dir, COLLECTION_FILES.searchIndex);
      await writeFile(path, damageIndex(await readFile(path)));
      const log: string[] = [];
      const services = await start(dir, await tempDir('reader-faults-'), log);
      const results = await searchWhenReady(services, 'gulags');
      expect(results.hits.map((h) => h.articleId)).toEqual(['homecoming']);
      expect(log.join('\n')).toMatch(/rebuilt/i);
    }
  });
});

describe('a damaged or missing collection is named', () => {
  async function libraryError(dir: string) {
    const { api } = await start(dir, await tempDir('reader-faults-'));
    return api.getLibrary().then(
      () => undefined,
      (error: unknown) => error as { code: string; message: string },
    );
  }

  it.each([
    ['missing folder', async (dir: string) => rm(dir, { recursive: true, force: true })],
    ['missing manifest', async (dir: string) => rm(join(dir, COLLECTION_FILES.manifest))],
    ['empty manifest', async (dir: string) => writeFile(join(dir, COLLECTION_FILES.manifest), '')],
    [
      'binary manifest',
      async (dir: string) =>
        writeFile(join(dir, COLLECTION_FILES.manifest), Buffer.from([0xff, 0x00, 0xfe])),
    ],
    [
      'manifest of another format',
      async (dir: string) => writeFile(join(dir, COLLECTION_FILES.manifest), '{"format": "zip"}'),
    ],
  ])('%s: a clear error that says how to fix it', async (_name, breakIt) => {
    const dir = await writeCollection(ARTICLES);
    await breakIt(dir);
    const error = await libraryError(dir);
    expect(error?.code).toBe('collection-unavailable');
    expect(error?.message).toContain(dir);
    expect(error?.message).toMatch(/npm run content:build/);
  });

  it('a damaged article file names that file, and the others still open', async () => {
    const dir = await writeCollection(ARTICLES);
    const damaged = join(dir, COLLECTION_FILES.articlesDir, 'alliance.json');
    await writeFile(damaged, '{"id": "alliance", "blocks": "');
    const { api } = await start(dir, await tempDir('reader-faults-'));
    await expect(api.getArticle('alliance')).rejects.toMatchObject({
      code: 'collection-unavailable',
      message: expect.stringContaining(damaged),
    });
    expect((await api.getArticle('homecoming')).title).toBe('A Grim Homecoming');
  });
});

describe('a profile where highlights cannot be saved', () => {
  const range = {
    startBlockId: 'alliance-b1',
    startOffset: 2,
    endBlockId: 'alliance-b1',
    endOffset: 9,
  };

  /** The reader reads and searches, and is told why highlights cannot be saved. */
  async function expectReadingWithoutSaving(services: ReaderServices, reason: RegExp) {
    const { api } = services;
    expect((await api.getLibrary()).entries).toHaveLength(2);
    expect((await api.getArticle('homecoming')).title).toBe('A Grim Homecoming');
    expect((await searchWhenReady(services, 'treaty')).hits[0]?.articleId).toBe('alliance');
    const status = await api.getAnnotationsStatus();
    expect(status.unavailable?.message).toMatch(/^Highlights cannot be saved: /);
    expect(status.unavailable?.message).toMatch(reason);
    await expect(api.createHighlight({ articleId: 'alliance', range })).rejects.toMatchObject({
      code: 'storage-failed',
      message: status.unavailable?.message,
    });
    return status;
  }

  it('an "annotations" file where the folder should be', async () => {
    const userData = await tempDir('reader-faults-');
    await writeFile(join(userData, 'annotations'), 'not a folder');
    const services = await start(await writeCollection(ARTICLES), userData);
    await expectReadingWithoutSaving(
      services,
      new RegExp(`a file stands where the folder ${join(userData, 'annotations')} should be`),
    );
    expect(await services.api.listAllAnnotations()).toEqual([]);
    const place = { blockId: 'alliance-b1', offset: 0, progress: 0.5 };
    await services.api.saveReadingPosition('alliance', place);
    expect((await services.api.getReadingPositions()).alliance).toMatchObject(place);
    expect(await readFile(join(userData, 'annotations'), 'utf8')).toBe('not a folder');
  });

  it('a journal folder where the file should be: the saved highlights are still listed', async () => {
    const content = await writeCollection(ARTICLES);
    const userData = await tempDir('reader-faults-');
    const first = await start(content, userData);
    const saved = await first.api.createHighlight({ articleId: 'alliance', range });
    await first.close();
    // Compacted, so that the highlight is in the snapshot, not only in the journal.
    const store = await openAnnotationStore({
      dir: join(userData, 'annotations'),
      log: () => undefined,
      compactAfter: () => 1,
    });
    await store.put([saved]);
    await store.close();
    const journal = join(userData, 'annotations', STORE_FILES.journal);
    await rm(journal);
    await mkdir(journal);

    const services = await start(content, userData);
    await expectReadingWithoutSaving(
      services,
      new RegExp(`${journal} is a folder where a file should be`),
    );
    expect((await services.api.listAllAnnotations()).map((a) => a.id)).toEqual([saved.id]);
  });

  it('a second copy of the app on the same profile reads, and saves nothing', async () => {
    const content = await writeCollection(ARTICLES);
    const userData = await tempDir('reader-faults-');
    const first = await start(content, userData);
    const saved = await first.api.createHighlight({ articleId: 'alliance', range });

    const second = await start(content, userData);
    await expectReadingWithoutSaving(second, /another copy of the app \(process \d+\) is using/);
    expect((await second.api.listAllAnnotations()).map((a) => a.id)).toEqual([saved.id]);
    // The first copy is undisturbed.
    await first.api.updateAnnotation(saved.id, { note: 'still mine' });
    expect((await first.api.listAllAnnotations())[0]?.note).toBe('still mine');
  });

  it('a read-only profile (a read-only tmpfs)', async (context) => {
    const disk = await mountSmallDisk('4m');
    if ('reason' in disk) return context.skip(disk.reason);
    mounted.push(disk);
    const content = await writeCollection(ARTICLES);
    const userData = join(disk.dir, 'profile');
    const first = await start(content, userData);
    const saved = await first.api.createHighlight({ articleId: 'alliance', range });
    const place = { blockId: 'alliance-b1', offset: 3, progress: 0.5 };
    await first.api.saveReadingPosition('alliance', place);
    await first.close();
    disk.remountReadOnly();

    const services = await start(content, userData);
    await expectReadingWithoutSaving(
      services,
      new RegExp(`the folder ${join(userData, 'annotations')} is read-only`),
    );
    expect((await services.api.listAllAnnotations()).map((a) => a.id)).toEqual([saved.id]);
    expect((await services.api.getReadingPositions()).alliance).toMatchObject(place);
  });
});
