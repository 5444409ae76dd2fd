// The journal on a disk that fails, always run: node:fs/promises is wrapped
// so the journal's writes come up short (a full disk), or its fdatasync or
// truncate fail. See annotations-store-disk.test.ts for a real full disk.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../../common/dispatch';
import { STORE_FILES, openAnnotationStore } from '../../../../main/annotations/store';
import { createReaderServices, type ReaderServices } from '../../../../main/services';
import { makeAnnotation } from '../../../support/annotation-factory';
import { article, writeCollection } from '../../../support/collection-fixture';
import { journalDisk } from '../../../support/journal-faults';
import { makeTempDir } from '../../../support/temp-dir';

vi.mock('node:fs/promises', async (importOriginal) => {
  const { withJournalFaults } = await import('../../../support/journal-faults');
  return withJournalFaults(await importOriginal());
});

const quiet = { log: () => undefined };
const tempDir = () => makeTempDir('annotations-faults-');
const withNote = (id: string) => makeAnnotation(id, { note: 'n'.repeat(1000) });

beforeEach(() => journalDisk.reset());
afterEach(() => journalDisk.reset());

describe('a journal on a failing disk', () => {
  it('refuses a change the full disk took only part of, and keeps every acknowledged one', async () => {
    const dir = await tempDir();
    let store = await openAnnotationStore({ dir, ...quiet });
    await store.put([withNote('item-first')]);
    const journal = join(dir, STORE_FILES.journal);
    const before = await readFile(journal, 'utf8');

    journalDisk.space = 300; // less than one line: a short write, then ENOSPC
    await expect(store.put([withNote('item-lost1')])).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/not saved: the disk is full/),
    });
    expect(store.get('item-lost1'), 'a refused change is never visible').toBeUndefined();
    expect(await readFile(journal, 'utf8'), 'the partial line is cut off').toBe(before);
    await expect(store.delete(['item-first'])).rejects.toMatchObject({ code: 'storage-failed' });
    expect(store.get('item-first')).toBeDefined();

    journalDisk.space = Infinity; // the reader frees some space
    await store.put([withNote('item-after')]);
    await store.close();
    store = await openAnnotationStore({ dir, ...quiet });
    expect(store.all().map((a) => a.id)).toEqual(['item-first', 'item-after']);
    expect(store.recovery).toBeUndefined();
    await store.close();
  });

  it('finishes a change the disk takes in several short writes, and keeps it whole', async () => {
    const dir = await tempDir();
    let store = await openAnnotationStore({ dir, ...quiet });
    journalDisk.largestWrite = 256; // a line with a 1 KB note needs several writes
    await store.put([withNote('item-long1')]);
    await store.put([withNote('item-long2')]);
    await store.close();
    store = await openAnnotationStore({ dir, ...quiet });
    expect(store.all().map((a) => a.id)).toEqual(['item-long1', 'item-long2']);
    expect(store.get('item-long2')?.note).toHaveLength(1000);
    expect(store.recovery).toBeUndefined();
    await store.close();
  });

  it('refuses a change whose fdatasync failed, and never shows it', async () => {
    const dir = await tempDir();
    let store = await openAnnotationStore({ dir, ...quiet });
    journalDisk.failingSyncs = 1;
    await expect(store.put([withNote('item-unsync')])).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/read or write error/),
    });
    expect(store.all()).toEqual([]);
    await store.close();
    store = await openAnnotationStore({ dir, ...quiet });
    expect(store.all()).toEqual([]);
    await store.close();
  });

  it('when cutting off a failed line fails too, the next change cuts it first', async () => {
    const dir = await tempDir();
    let store = await openAnnotationStore({ dir, ...quiet });
    await store.put([withNote('item-first')]);
    journalDisk.space = 300;
    journalDisk.failingCuts = 1;
    await expect(store.put([withNote('item-lost1')])).rejects.toMatchObject({
      code: 'storage-failed',
    });
    journalDisk.space = Infinity;
    await store.put([withNote('item-after')]);
    await store.close();
    store = await openAnnotationStore({ dir, ...quiet });
    expect(store.all().map((a) => a.id)).toEqual(['item-first', 'item-after']);
    expect(store.recovery).toBeUndefined();
    await store.close();
  });
});

describe('through the API', () => {
  const ARTICLES = [article('alliance', 'A Dangerous Alliance', ['A defense treaty was signed.'])];
  const range = {
    startBlockId: 'alliance-b0',
    startOffset: 2,
    endBlockId: 'alliance-b0',
    endOffset: 9,
  };
  const open: ReaderServices[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  async function start() {
    const services = await createReaderServices({
      contentDir: await writeCollection(ARTICLES),
      userDataDir: await tempDir(),
      log: () => undefined,
    });
    open.push(services);
    return services;
  }

  it('a full disk arrives as storage-failed saying the disk is full, not as internal', async () => {
    const dispatch = createDispatch((await start()).api);
    const created = await dispatch('createHighlight', [{ articleId: 'alliance', range }]);
    expect(created.ok).toBe(true);
    journalDisk.space = 100;
    const refused = await dispatch('createHighlight', [
      { articleId: 'alliance', range, note: 'a note on a full disk' },
    ]);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'storage-failed',
        message: expect.stringMatching(/the disk is full/),
        // The interface says it in its own language from this.
        text: {
          id: 'storage',
          values: {
            lead: { id: 'storage.lead.change' },
            reason: { id: 'storage.reason.full', values: { dir: expect.any(String) } },
          },
        },
      },
    });
    const listed = await dispatch('listAllAnnotations', []);
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1);
  });

  it('a journal the app may not open: reading works and every change is refused with the reason', async () => {
    journalDisk.openFailure = 'EACCES';
    const { api } = await start();
    expect((await api.getLibrary()).entries).toHaveLength(1);
    expect((await api.getArticle('alliance')).title).toBe('A Dangerous Alliance');
    const status = await api.getAnnotationsStatus();
    expect(status.unavailable?.message).toMatch(
      /Highlights cannot be saved: the app is not allowed to write in .*annotations/,
    );
    expect(await api.listAllAnnotations()).toEqual([]);
    await expect(api.createHighlight({ articleId: 'alliance', range })).rejects.toMatchObject({
      code: 'storage-failed',
      message: status.unavailable?.message,
    });
  });
});
