import { describe, expect, it } from 'vitest';
import { ReaderError, type ReaderErrorData } from '../../../common/errors';
import type { LibraryEntry, LibraryPage, LibraryQuery } from '../../../common/library';
import {
  createLibraryPages,
  type LibraryFilter,
  type LibraryResults,
} from '../../../renderer/src/lib/library-pages';

const PAGE_SIZE = 10;
const BY_TITLE: LibraryFilter = { text: '', tag: null, language: null, sort: 'title' };

function entry(n: number): LibraryEntry {
  return {
    id: `a-${n}`,
    title: `Article ${n}`,
    language: 'en',
    tags: [],
    summary: '',
    readingMinutes: 1,
  };
}

/** A main process that answers only when told, so a test decides the order of answers. */
function fakeMain(total = 35, contentHash = 'h1') {
  const calls: Array<{
    query: LibraryQuery;
    answer: (overrides?: Partial<LibraryPage>) => void;
    fail: (error: Error) => void;
  }> = [];
  const fetch = (query: LibraryQuery) =>
    new Promise<LibraryPage>((resolve, reject) => {
      const offset = query.offset ?? 0;
      const count = Math.max(0, Math.min(query.limit ?? PAGE_SIZE, total - offset));
      calls.push({
        query,
        answer: (overrides = {}) =>
          resolve({
            collection: {
              title: 'Library',
              articleCount: total,
              wordCount: 0,
              builtAt: '',
              contentHash,
            },
            tags: [],
            languages: [{ language: 'en', count: total }],
            sort: query.sort ?? 'title',
            total,
            offset,
            entries: Array.from({ length: count }, (_, i) => entry(offset + i)),
            ...(query.locate ? { located: 27 } : {}),
            ...overrides,
          }),
        fail: reject,
      });
    });
  return { calls, fetch };
}

function setUp(total?: number) {
  const main = fakeMain(total);
  const pageErrors: ReaderErrorData[] = [];
  let changes = 0;
  const pages = createLibraryPages({
    fetch: main.fetch,
    onPageError: (error) => pageErrors.push(error),
    pageSize: PAGE_SIZE,
  });
  pages.subscribe(() => changes++);
  const ready = () => {
    const snapshot = pages.snapshot();
    if (snapshot.state !== 'ready') throw new Error(`the library is ${snapshot.state}`);
    return snapshot;
  };
  return { main, pages, pageErrors, ready, changes: () => changes };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function loadedIds(results: LibraryResults): string[] {
  return Array.from({ length: results.total }, (_, i) => results.entryAt(i)?.id ?? '-');
}

describe('the library pages in the page', () => {
  it('shows the first page when it comes, and knows how many there are in all', async () => {
    const { main, pages, ready } = setUp();
    pages.setFilter(BY_TITLE);
    expect(pages.snapshot().state).toBe('loading');
    expect(main.calls[0]?.query).toEqual({ sort: 'title', offset: 0, limit: PAGE_SIZE });
    main.calls[0]!.answer();
    await settle();
    expect(ready().total).toBe(35);
    expect(ready().entryAt(9)?.id).toBe('a-9');
    expect(ready().entryAt(10)).toBeUndefined();
  });

  it('asks for each missing page once, as places come into view, and fills them in', async () => {
    const { main, pages, ready } = setUp();
    pages.setFilter(BY_TITLE);
    main.calls[0]!.answer();
    await settle();
    pages.ensure([8, 9, 10, 11, 30, 31]);
    pages.ensure([10, 12, 31, 99, -1]);
    expect(main.calls.map((c) => c.query.offset)).toEqual([0, 10, 30]);
    main.calls[2]!.answer();
    main.calls[1]!.answer();
    await settle();
    expect(loadedIds(ready()).filter((id) => id !== '-')).toHaveLength(25);
    expect(ready().entryAt(34)?.id).toBe('a-34');
    expect(ready().entryAt(25)).toBeUndefined();
  });

  it('sends the filter with every page, so later pages are of the same list', async () => {
    const { main, pages } = setUp();
    pages.setFilter({ text: 'spin lock', tag: 'locking', language: 'zh-Hans', sort: 'recent' });
    main.calls[0]!.answer();
    await settle();
    pages.ensure([15]);
    expect(main.calls[1]?.query).toEqual({
      text: 'spin lock',
      tag: 'locking',
      language: 'zh-Hans',
      sort: 'recent',
      offset: 10,
      limit: PAGE_SIZE,
    });
  });

  it('keeps the list shown while a newer filter is answered, and drops answers to older ones', async () => {
    const { main, pages, ready } = setUp();
    pages.setFilter(BY_TITLE);
    main.calls[0]!.answer();
    await settle();
    pages.setFilter({ ...BY_TITLE, text: 'a' });
    pages.setFilter({ ...BY_TITLE, text: 'ab' });
    expect(ready().filter.text).toBe('');
    // The newer answer comes first; the older one, coming late, must not replace it.
    main.calls[2]!.answer({ total: 3, entries: [entry(1), entry(2), entry(3)] });
    await settle();
    main.calls[1]!.answer({ total: 20 });
    await settle();
    expect(ready().filter.text).toBe('ab');
    expect(ready().total).toBe(3);
  });

  it('goes back to the list shown without asking, when the filter returns to it', async () => {
    const { main, pages, ready } = setUp();
    pages.setFilter(BY_TITLE);
    main.calls[0]!.answer();
    await settle();
    pages.setFilter({ ...BY_TITLE, text: 'a' });
    pages.setFilter(BY_TITLE);
    expect(main.calls).toHaveLength(2);
    main.calls[1]!.answer({ total: 1, entries: [entry(5)] });
    await settle();
    expect(ready().total).toBe(35);
    expect(ready().revision).toBe(0);
  });

  it('drops a late page of a list no longer shown', async () => {
    const { main, pages, ready } = setUp();
    pages.setFilter(BY_TITLE);
    main.calls[0]!.answer();
    await settle();
    pages.ensure([20]);
    pages.setFilter({ ...BY_TITLE, sort: 'published' });
    main.calls[2]!.answer();
    await settle();
    main.calls[1]!.answer({ entries: Array.from({ length: 10 }, (_, i) => entry(900 + i)) });
    await settle();
    expect(ready().filter.sort).toBe('published');
    expect(ready().entryAt(20)).toBeUndefined();
  });

  it('finds the current article by the place the answer gave for it, before its page is loaded', async () => {
    const { main, pages, ready } = setUp();
    pages.setFilter(BY_TITLE, 'a-27');
    expect(main.calls[0]?.query.locate).toBe('a-27');
    main.calls[0]!.answer();
    await settle();
    expect(ready().indexOf('a-27')).toBe(27);
    expect(ready().indexOf('a-3')).toBe(3);
    expect(ready().indexOf('a-30')).toBeUndefined();
  });

  it('starts afresh when a page comes from a changed collection', async () => {
    const { main, pages, ready } = setUp();
    pages.setFilter(BY_TITLE);
    main.calls[0]!.answer();
    await settle();
    pages.ensure([15]);
    main.calls[1]!.answer({
      collection: { ...ready().collection, contentHash: 'h2' },
      entries: [entry(1000)],
    });
    await settle();
    expect(pages.snapshot().state).toBe('loading');
    expect(main.calls[2]?.query).toMatchObject({ offset: 0, sort: 'title' });
    main.calls[2]!.answer({
      collection: {
        title: 'Rebuilt',
        articleCount: 35,
        wordCount: 0,
        builtAt: '',
        contentHash: 'h2',
      },
    });
    await settle();
    expect(ready().collection.contentHash).toBe('h2');
    expect(ready().entryAt(15)).toBeUndefined();
  });

  it('forgets every page when invalidated (the collection was reloaded) and asks again', async () => {
    const { main, pages, ready } = setUp();
    pages.setFilter({ ...BY_TITLE, text: 'x' });
    main.calls[0]!.answer();
    await settle();
    pages.invalidate();
    expect(pages.snapshot().state).toBe('loading');
    expect(main.calls[1]?.query).toMatchObject({ text: 'x', offset: 0 });
    main.calls[1]!.answer({ total: 4, entries: [entry(0), entry(1), entry(2), entry(3)] });
    await settle();
    expect(ready().total).toBe(4);
  });

  it('asks again at once when an article is read while the recently read order is on screen', async () => {
    const { main, pages, ready } = setUp();
    pages.setFilter({ ...BY_TITLE, sort: 'recent' }, 'a-3');
    main.calls[0]!.answer();
    await settle();
    // setUp listens, as the library view does while it is shown.
    pages.readingChanged();
    expect(main.calls).toHaveLength(2);
    expect(main.calls[1]?.query).toMatchObject({ sort: 'recent', locate: 'a-3' });
    main.calls[1]!.answer();
    await settle();
    expect(ready().revision).toBe(1);
  });

  it('waits to be shown before asking again when nobody is looking, then answers the same list afresh', async () => {
    const main = fakeMain();
    const pages = createLibraryPages({ fetch: main.fetch, onPageError: () => undefined });
    const recent: LibraryFilter = { ...BY_TITLE, sort: 'recent' };
    pages.setFilter(recent);
    main.calls[0]!.answer();
    await settle();
    const before = pages.snapshot() as LibraryResults;
    pages.readingChanged();
    pages.readingChanged();
    expect(main.calls).toHaveLength(1);
    pages.setFilter(recent, 'a-27');
    expect(main.calls).toHaveLength(2);
    expect(main.calls[1]?.query.locate).toBe('a-27');
    main.calls[1]!.answer();
    await settle();
    const after = pages.snapshot() as LibraryResults;
    expect(after.revision).toBe(1);
    // The same list, answered afresh: not a new filter (which would start at the top).
    expect(after.key).toBe(before.key);
  });

  it('does not ask again for other orders when an article was read', async () => {
    const { main, pages } = setUp();
    pages.setFilter(BY_TITLE);
    main.calls[0]!.answer();
    await settle();
    pages.readingChanged();
    pages.setFilter(BY_TITLE);
    expect(main.calls).toHaveLength(1);
  });

  it('fails the library when the first answer fails, and tries again when asked again', async () => {
    const { main, pages, ready } = setUp();
    pages.setFilter(BY_TITLE);
    main.calls[0]!.fail(new ReaderError('collection-unavailable', 'No compiled collection.'));
    await settle();
    expect(pages.snapshot()).toEqual({
      state: 'failed',
      error: { code: 'collection-unavailable', message: 'No compiled collection.' },
    });
    pages.setFilter(BY_TITLE);
    main.calls[1]!.answer();
    await settle();
    expect(ready().total).toBe(35);
  });

  it('keeps the list and tells the reader when a later page or filter fails', async () => {
    const { main, pages, pageErrors, ready } = setUp();
    pages.setFilter(BY_TITLE);
    main.calls[0]!.answer();
    await settle();
    pages.ensure([12]);
    main.calls[1]!.fail(new ReaderError('internal', 'page broke'));
    pages.setFilter({ ...BY_TITLE, text: 'q' });
    main.calls[2]!.fail(new ReaderError('internal', 'filter broke'));
    await settle();
    expect(pageErrors.map((e) => e.message)).toEqual(['page broke', 'filter broke']);
    expect(ready().total).toBe(35);
    expect(ready().entryAt(0)?.id).toBe('a-0');
  });

  it("opens in the reader's saved order before the settings are known, and the filter that names it takes that answer", async () => {
    const { main, pages, ready } = setUp();
    pages.open();
    expect(main.calls[0]?.query).toEqual({ offset: 0, limit: PAGE_SIZE });
    pages.setFilter({ ...BY_TITLE, sort: 'published' });
    expect(main.calls).toHaveLength(1);
    main.calls[0]!.answer({ sort: 'published' });
    await settle();
    expect(main.calls).toHaveLength(1);
    expect(ready().filter).toEqual({ text: '', tag: null, language: null, sort: 'published' });
    pages.setFilter({ ...BY_TITLE, sort: 'published' });
    expect(main.calls).toHaveLength(1);
  });

  it('asks again when the saved order is not the one the filter names after all', async () => {
    const { main, pages, ready } = setUp();
    pages.open();
    pages.setFilter({ ...BY_TITLE, sort: 'reading-time' });
    main.calls[0]!.answer({ sort: 'title' });
    await settle();
    expect(pages.snapshot().state).toBe('loading');
    expect(main.calls[1]?.query).toMatchObject({ sort: 'reading-time', offset: 0 });
    main.calls[1]!.answer();
    await settle();
    expect(ready().filter.sort).toBe('reading-time');
  });

  it('drops the opening answer when a filter with words is set before it comes', async () => {
    const { main, pages, ready } = setUp();
    pages.open();
    pages.setFilter({ ...BY_TITLE, text: 'okapi' });
    expect(main.calls[1]?.query).toMatchObject({ text: 'okapi' });
    main.calls[1]!.answer({ total: 1, entries: [entry(7)] });
    main.calls[0]!.answer();
    await settle();
    expect(ready().filter.text).toBe('okapi');
    expect(ready().total).toBe(1);
  });

  it('asks for a language of its own, not taking the opening answer for every language', async () => {
    const { main, pages, ready } = setUp();
    pages.open();
    pages.setFilter({ ...BY_TITLE, language: 'it' });
    expect(main.calls[1]?.query).toMatchObject({ language: 'it', offset: 0 });
    main.calls[0]!.answer();
    main.calls[1]!.answer({ total: 2, entries: [entry(3), entry(8)] });
    await settle();
    expect(ready().filter.language).toBe('it');
    expect(loadedIds(ready())).toEqual(['a-3', 'a-8']);
    // Every language again is another list, asked for afresh.
    pages.setFilter(BY_TITLE);
    expect(main.calls[2]?.query).not.toHaveProperty('language');
  });

  it('asks where the current article is when the list was opened before it was named', async () => {
    const { main, pages, ready } = setUp();
    pages.open();
    main.calls[0]!.answer();
    await settle();
    pages.setFilter(BY_TITLE, 'a-3');
    expect(main.calls).toHaveLength(1);
    pages.setFilter(BY_TITLE, 'a-27');
    expect(main.calls[1]?.query).toMatchObject({ sort: 'title', locate: 'a-27' });
    main.calls[1]!.answer();
    await settle();
    expect(ready().indexOf('a-27')).toBe(27);
  });

  it('tells its listeners of every change, and of nothing else', async () => {
    const { main, pages, changes } = setUp();
    pages.setFilter(BY_TITLE);
    expect(changes()).toBe(0);
    main.calls[0]!.answer();
    await settle();
    expect(changes()).toBe(1);
    pages.ensure([3]);
    expect(changes()).toBe(1);
  });

  it('keeps the list on screen while a reloaded collection is asked for, then shows the new one', async () => {
    const { main, pages, ready } = setUp();
    pages.setFilter(BY_TITLE, 'a-3');
    main.calls[0]!.answer();
    await settle();
    const before = ready();

    pages.collectionReloaded();
    // Asked again for the same list, still locating the article the reader came from.
    expect(main.calls[1]?.query).toEqual({
      sort: 'title',
      offset: 0,
      limit: PAGE_SIZE,
      locate: 'a-3',
    });
    expect(ready()).toBe(before);
    main.calls[1]!.answer({
      total: 36,
      collection: { ...before.collection, articleCount: 36, contentHash: 'h2' },
    });
    await settle();
    expect(ready().total).toBe(36);
    expect(ready().collection.contentHash).toBe('h2');
    // The same list answered afresh: the list keeps its place and focus.
    expect(ready().key).toBe(before.key);
    expect(ready().revision).toBe(before.revision + 1);
  });

  it('opens a library that had failed once a collection is reloaded', async () => {
    const { main, pages } = setUp();
    pages.setFilter(BY_TITLE);
    main.calls[0]!.fail(new ReaderError('collection-unavailable', 'No collection yet.'));
    await settle();
    expect(pages.snapshot().state).toBe('failed');

    pages.collectionReloaded();
    expect(pages.snapshot().state).toBe('loading');
    main.calls[1]!.answer();
    await settle();
    expect(pages.snapshot().state).toBe('ready');
  });
});
