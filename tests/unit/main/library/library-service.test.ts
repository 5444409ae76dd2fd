import { describe, expect, it, vi } from 'vitest';
import type { LibrarySort } from '../../../../common/library';
import { openCollection } from '../../../../main/content/collection';
import { createLibraryService } from '../../../../main/library/library-service';
import { article, writeCollection } from '../../../support/collection-fixture';

const ARTICLES = [
  article('alpha', 'Alpha', ['The first article.']),
  article('beta', 'Beta', ['The second article.']),
];

async function serviceFor(
  dir: string,
  readingTimes = async () => ({}),
  savedSort: () => Promise<LibrarySort> = async () => 'title',
) {
  const collection = openCollection(dir);
  const manifest = vi.spyOn(collection, 'manifest');
  const log: string[] = [];
  const library = createLibraryService({
    collection,
    readingTimes,
    savedSort,
    log: (m) => log.push(m),
  });
  return { collection, manifest, library, log };
}

describe('the library service', () => {
  it('reads the manifest once and answers every page from the same index', async () => {
    const { library, manifest } = await serviceFor(await writeCollection(ARTICLES));
    await library.prepare();
    const first = await library.getLibrary({ limit: 1 });
    const second = await library.getLibrary({ offset: 1, limit: 1 });
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(['alpha', 'beta']);
    // The manifest promise is shared: one read of the file, one index.
    const loads = await Promise.all(manifest.mock.results.map((r) => r.value));
    expect(new Set(loads).size).toBe(1);
    expect(first.tags).toBe(second.tags);
  });

  it('answers from the new manifest once the collection is reloaded', async () => {
    const dir = await writeCollection(ARTICLES);
    const { library, collection } = await serviceFor(dir);
    expect((await library.getLibrary()).total).toBe(2);

    await writeCollection([...ARTICLES, article('gamma', 'Gamma', ['A third.'])], { dir });
    // Until the collection is read again, the list is the one the app opened with.
    expect((await library.getLibrary()).total).toBe(2);
    collection.reload();
    const page = await library.getLibrary();
    expect(page.total).toBe(3);
    expect(page.collection.articleCount).toBe(3);
    expect(page.entries.map((e) => e.id)).toContain('gamma');
    expect(await collection.article('gamma')).toMatchObject({ title: 'Gamma' });
  });

  it('orders by recently read from the reading places, and only for that order', async () => {
    const readingTimes = vi.fn(async () => ({ beta: { updatedAt: '2026-01-01T00:00:00.000Z' } }));
    const { library } = await serviceFor(await writeCollection(ARTICLES), readingTimes);
    expect((await library.getLibrary({ sort: 'title' })).entries[0]?.id).toBe('alpha');
    expect(readingTimes).not.toHaveBeenCalled();
    expect((await library.getLibrary({ sort: 'recent' })).entries[0]?.id).toBe('beta');
  });

  it("answers a query that names no order in the reader's saved order, and says which", async () => {
    const { library } = await serviceFor(
      await writeCollection([
        article('long', 'Alpha', ['word '.repeat(2000)]),
        article('short', 'Beta', ['A few words.']),
      ]),
      async () => ({}),
      async () => 'reading-time',
    );
    const page = await library.getLibrary();
    expect(page.sort).toBe('reading-time');
    expect(page.entries.map((e) => e.id)).toEqual(['short', 'long']);
    const named = await library.getLibrary({ sort: 'title' });
    expect(named.sort).toBe('title');
    expect(named.entries.map((e) => e.id)).toEqual(['long', 'short']);
  });

  it('lists by title when the saved order cannot be read, and says why', async () => {
    const { library, log } = await serviceFor(
      await writeCollection(ARTICLES),
      async () => ({}),
      async () => {
        throw new Error('settings unreadable');
      },
    );
    expect((await library.getLibrary()).sort).toBe('title');
    expect(log.join('\n')).toMatch(/settings unreadable/);
  });

  it('still opens in the recently read order when the reading places cannot be read, and says why', async () => {
    const { library, log } = await serviceFor(await writeCollection(ARTICLES), async () => {
      throw new Error('disk on fire');
    });
    const page = await library.getLibrary({ sort: 'recent' });
    expect(page.entries.map((e) => e.id)).toEqual(['alpha', 'beta']);
    expect(log.join('\n')).toMatch(/disk on fire/);
  });

  it('reports a missing collection at the call, after a failed preparation', async () => {
    const { library } = await serviceFor('/nonexistent/collection');
    await expect(library.prepare()).rejects.toMatchObject({ code: 'collection-unavailable' });
    await expect(library.getLibrary()).rejects.toMatchObject({
      code: 'collection-unavailable',
      message: expect.stringMatching(/npm run content:build/),
    });
  });
});
