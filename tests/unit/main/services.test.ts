import { readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTION_FILES } from '../../../common/collection';
import { LibraryPageSchema } from '../../../common/library';
import { ReaderError } from '../../../common/errors';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import { createReaderServices, type ReaderServices } from '../../../main/services';
import { TWO_ARTICLES, article, writeCollection } from '../../support/collection-fixture';
import { bundleSearchWorker } from '../../support/bundle-worker';
import { loadSearchEngine } from '../../../main/search/load-engine';
import { makeTempDir } from '../../support/temp-dir';

const ARTICLES = [...TWO_ARTICLES];

const open: ReaderServices[] = [];
async function start(contentDir: string, userDataDir?: string, log?: string[]) {
  const services = await createReaderServices({
    contentDir,
    userDataDir: userDataDir ?? (await makeTempDir('reader-user-')),
    log: (m) => log?.push(m),
  });
  open.push(services);
  return services;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function searchWhenReady(services: ReaderServices, query: string) {
  for (let i = 0; i < 200; i++) {
    const status = await services.api.getSearchStatus();
    if (status.state === 'ready') return services.api.search(query);
    if (status.state === 'failed') throw new Error(status.message);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('search never became ready');
}

describe('library and articles', () => {
  it('lists every article of the collection by title, with what a card shows and no more', async () => {
    const { api } = await start(await writeCollection(ARTICLES));
    const library = await api.getLibrary();
    expect(library.entries.map((a) => a.title)).toEqual([
      'A Dangerous Alliance',
      'A Grim Homecoming',
    ]);
    expect(library.collection.articleCount).toBe(2);
    expect(library.total).toBe(2);
    expect(Object.keys(library.entries[0]!).sort()).toEqual([
      'id',
      'language',
      'readingMinutes',
      'summary',
      'tags',
      'title',
    ]);
    // What crosses to the page is what the contract says it is.
    expect(LibraryPageSchema.safeParse(library).success).toBe(true);
  });

  it("lists in the reader's saved order when the page has not said one yet", async () => {
    const { api } = await start(
      await writeCollection([
        article('long', 'A long read', ['word '.repeat(3000)]),
        article('short', 'Brief', ['Short.']),
      ]),
    );
    expect((await api.getLibrary()).entries.map((e) => e.id)).toEqual(['long', 'short']);
    await api.updateSettings({ librarySort: 'reading-time' });
    const page = await api.getLibrary();
    expect(page.sort).toBe('reading-time');
    expect(page.entries.map((e) => e.id)).toEqual(['short', 'long']);
  });

  it('opens an article with its blocks, and names an unknown id as not found', async () => {
    const { api } = await start(await writeCollection(ARTICLES));
    expect((await api.getArticle('homecoming')).blocks[0]?.text).toBe(
      'Many were sent to gulags after the war.',
    );
    await expect(api.getArticle('nope')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('says the collection is missing and how to rebuild it', async () => {
    const { api } = await start(join(tmpdir(), 'no-such-collection-here'));
    const error = await api.getLibrary().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReaderError);
    expect(error).toMatchObject({ code: 'collection-unavailable' });
    expect((error as Error).message).toMatch(/npm run content:build/);
    // Named for the interface to say in its language.
    expect(error).toMatchObject({
      text: {
        id: 'collection.missing',
        values: { dir: join(tmpdir(), 'no-such-collection-here') },
      },
    });
  });

  it('says a damaged manifest is damaged', async () => {
    const dir = await writeCollection(ARTICLES);
    await writeFile(join(dir, COLLECTION_FILES.manifest), '{"format": "something else"');
    const { api } = await start(dir);
    await expect(api.getLibrary()).rejects.toMatchObject({
      code: 'collection-unavailable',
      text: { id: 'collection.notJson' },
    });
    await writeFile(join(dir, COLLECTION_FILES.manifest), '{"format": "something else"}');
    await expect(api.getLibrary()).rejects.toMatchObject({
      code: 'collection-unavailable',
      text: { id: 'collection.damaged', values: { dir } },
    });
  });
});

describe('settings and reading positions', () => {
  it('starts from defaults and keeps changes across a restart', async () => {
    const content = await writeCollection(ARTICLES);
    const userData = await makeTempDir('reader-user-');
    const first = await start(content, userData);
    expect(await first.api.getSettings()).toEqual(DEFAULT_SETTINGS);
    await first.api.updateSettings({ theme: 'sepia', fontSize: 22 });
    await first.close();

    const second = await start(content, userData);
    expect(await second.api.getSettings()).toMatchObject({
      theme: 'sepia',
      fontSize: 22,
      lineWidth: 'medium',
    });
  });

  it('reads settings saved before the interface language was one, with the system’s language', async () => {
    const content = await writeCollection(ARTICLES);
    const userData = await makeTempDir('reader-user-');
    const { interfaceLanguage: _added, ...before } = { ...DEFAULT_SETTINGS, theme: 'dark' };
    await writeFile(join(userData, 'settings.json'), JSON.stringify(before));
    const { api } = await start(content, userData);
    expect(await api.getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      interfaceLanguage: 'system',
    });
  });

  it('keeps the interface language across a restart', async () => {
    const content = await writeCollection(ARTICLES);
    const userData = await makeTempDir('reader-user-');
    const first = await start(content, userData);
    await first.api.updateSettings({ interfaceLanguage: 'fr' });
    await first.close();
    const second = await start(content, userData);
    expect(await second.api.getSettings()).toMatchObject({ interfaceLanguage: 'fr' });
  });

  it('opens in the language the publisher fixed until the reader chooses one, System included', async () => {
    const content = await writeCollection(ARTICLES, { interfaceLanguage: 'de' });
    const userData = await makeTempDir('reader-user-');
    const first = await start(content, userData);
    expect(await first.api.getSettings()).toEqual({ ...DEFAULT_SETTINGS, interfaceLanguage: 'de' });
    // Another setting keeps the publisher's language as it was.
    expect(await first.api.updateSettings({ theme: 'dark' })).toMatchObject({
      theme: 'dark',
      interfaceLanguage: 'de',
    });
    await first.api.updateSettings({ interfaceLanguage: 'system' });
    await first.close();
    const second = await start(content, userData);
    expect(await second.api.getSettings()).toMatchObject({
      theme: 'dark',
      interfaceLanguage: 'system',
    });
  });

  it('follows the system in a collection whose publisher fixed no language', async () => {
    const { api } = await start(await writeCollection(ARTICLES));
    expect((await api.getSettings()).interfaceLanguage).toBe('system');
  });

  it('keeps a reading position by block and offset across a restart', async () => {
    const content = await writeCollection(ARTICLES);
    const userData = await makeTempDir('reader-user-');
    const first = await start(content, userData);
    await first.api.saveReadingPosition('alliance', {
      blockId: 'alliance-b1',
      offset: 7,
      progress: 0.5,
    });
    const second = await start(content, userData);
    expect((await second.api.getReadingPositions()).alliance).toMatchObject({
      blockId: 'alliance-b1',
      offset: 7,
      progress: 0.5,
    });
  });

  it('loses no position when many are saved at once', async () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      article(`a${i}`, `Article ${i}`, ['Some text, long enough for every offset below.']),
    );
    const content = await writeCollection(many);
    const userData = await makeTempDir('reader-user-');
    const { api } = await start(content, userData);
    await Promise.all(
      many.map((a, i) =>
        api.saveReadingPosition(a.id, { blockId: `${a.id}-b0`, offset: i, progress: 0 }),
      ),
    );
    const onDisk = JSON.parse(await readFile(join(userData, 'reading-positions.json'), 'utf8'));
    expect(Object.keys(onDisk)).toHaveLength(30);
  });

  it('refuses a position in a block the article does not have, and stores nothing', async () => {
    const content = await writeCollection(ARTICLES);
    const userData = await makeTempDir('reader-user-');
    const { api } = await start(content, userData);
    await expect(
      api.saveReadingPosition('alliance', { blockId: 'made-up', offset: 0, progress: 0 }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(await api.getReadingPositions()).toEqual({});
  });

  it('refuses an offset past the end of its block, naming both, and stores nothing', async () => {
    const { api } = await start(await writeCollection(ARTICLES));
    const length = 'A defense treaty was signed.'.length;
    await expect(
      api.saveReadingPosition('alliance', {
        blockId: 'alliance-b1',
        offset: length + 1,
        progress: 0.5,
      }),
    ).rejects.toMatchObject({
      code: 'invalid-argument',
      message: `saveReadingPosition: offset ${length + 1} is past the end of block "alliance-b1" of article "alliance", which has ${length} characters.`,
    });
    expect(await api.getReadingPositions()).toEqual({});
    // The very end of the block is a place: the reader finished it.
    await api.saveReadingPosition('alliance', {
      blockId: 'alliance-b1',
      offset: length,
      progress: 1,
    });
    expect((await api.getReadingPositions()).alliance).toMatchObject({ offset: length });
  });

  it('moves an unreadable settings file aside, keeps it, and starts from defaults', async () => {
    const content = await writeCollection(ARTICLES);
    const userData = await makeTempDir('reader-user-');
    await writeFile(join(userData, 'settings.json'), '{ not json');
    const log: string[] = [];
    const { api } = await start(content, userData, log);
    expect(await api.getSettings()).toEqual(DEFAULT_SETTINGS);
    const files = await readdir(userData);
    const aside = files.find((f) => f.startsWith('settings.json.unreadable-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(userData, aside!), 'utf8')).toBe('{ not json');
    expect(log.join('\n')).toMatch(/settings\.json is not valid JSON/);
  });
});

describe('search', () => {
  it('answers once the index has loaded', async () => {
    const services = await start(await writeCollection(ARTICLES));
    const results = await searchWhenReady(services, 'gulags');
    expect(results.hits.map((h) => h.articleId)).toEqual(['homecoming']);
  });

  it('rebuilds an index built from other content, and says so', async () => {
    const dir = await writeCollection(ARTICLES);
    const stale = await writeCollection([article('other', 'Other', ['Nothing about troops.'])]);
    await writeFile(
      join(dir, COLLECTION_FILES.searchIndex),
      await readFile(join(stale, COLLECTION_FILES.searchIndex)),
    );
    const log: string[] = [];
    const services = await start(dir, undefined, log);
    const results = await searchWhenReady(services, 'treaty');
    expect(results.hits.map((h) => h.articleId)).toEqual(['alliance']);
    expect(log.join('\n')).toMatch(/rebuilt: .*built from other content/);
  });

  it('re-indexes a changed collection once: the rebuilt index is kept in the user data folder', async () => {
    const dir = await writeCollection(ARTICLES);
    const stale = await writeCollection([article('other', 'Other', ['Nothing about troops.'])]);
    await writeFile(
      join(dir, COLLECTION_FILES.searchIndex),
      await readFile(join(stale, COLLECTION_FILES.searchIndex)),
    );
    const userData = await makeTempDir('reader-user-');
    const firstLog: string[] = [];
    const first = await start(dir, userData, firstLog);
    expect((await searchWhenReady(first, 'treaty')).hits[0]?.articleId).toBe('alliance');
    expect(firstLog.join('\n')).toMatch(/rebuilt/);
    await first.close();

    const secondLog: string[] = [];
    const second = await start(dir, userData, secondLog);
    expect((await searchWhenReady(second, 'gulags')).hits[0]?.articleId).toBe('homecoming');
    expect(secondLog.join('\n')).not.toMatch(/rebuilt/);
  });

  it('reports indexing progress while it rebuilds', async () => {
    const many = Array.from({ length: 260 }, (_, i) =>
      article(`a${i}`, `Article ${i}`, ['Words.']),
    );
    const dir = await writeCollection(many, { withIndex: false });
    const progress: Array<[number, number]> = [];
    await loadSearchEngine({
      contentDir: dir,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every(([, total]) => total === 520)).toBe(true);
    expect(progress.map(([done]) => done)).toEqual(
      [...progress.map(([done]) => done)].sort((a, b) => a - b),
    );
    expect(progress.at(-1)).toEqual([520, 520]);
  });

  it('finds every match of a search inside one article, for the reader to mark', async () => {
    const services = await start(await writeCollection(ARTICLES));
    await searchWhenReady(services, 'treaty');
    expect((await services.api.searchInArticle('alliance', 'treaty')).matches).toEqual([
      { blockId: 'alliance-b1', start: 10, end: 16 },
    ]);
  });

  it('rebuilds a missing index', async () => {
    const services = await start(await writeCollection(ARTICLES, { withIndex: false }));
    expect((await searchWhenReady(services, 'kursk')).total).toBe(1);
  });

  it('runs in a worker thread when given the worker entry', async () => {
    const services = await createReaderServices({
      contentDir: await writeCollection(ARTICLES),
      userDataDir: await makeTempDir('reader-user-'),
      searchWorker: await bundleSearchWorker(),
    });
    open.push(services);
    expect((await searchWhenReady(services, 'treaty')).hits[0]?.title).toBe('A Dangerous Alliance');
  });
});
