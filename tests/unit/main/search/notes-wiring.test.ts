// Highlight notes are found by the library search: the annotations store
// feeds its notes to the search service at start and after every change.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReaderApi, SearchResults } from '../../../../common/api';
import { feedNotesToSearch, searchableNotes } from '../../../../main/annotations/searchable-notes';
import { openAnnotationStore } from '../../../../main/annotations/store';
import { createReaderServices, type ReaderServices } from '../../../../main/services';
import { makeAnnotation } from '../../../support/annotation-factory';
import { bundleSearchWorker } from '../../../support/bundle-worker';
import { TWO_ARTICLES, article, writeCollection } from '../../../support/collection-fixture';
import { makeTempDir } from '../../../support/temp-dir';

const ARTICLES = [...TWO_ARTICLES];

const open: ReaderServices[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function start(
  options: { userDataDir?: string; worker?: boolean; articles?: typeof ARTICLES } = {},
) {
  const services = await createReaderServices({
    contentDir: await writeCollection(options.articles ?? ARTICLES),
    userDataDir: options.userDataDir ?? (await makeTempDir('reader-notes-')),
    ...(options.worker && { searchWorker: await bundleSearchWorker() }),
    log: () => undefined,
  });
  open.push(services);
  return services.api;
}

async function searchWhenReady(api: ReaderApi, query: string): Promise<SearchResults> {
  for (let i = 0; i < 500; i++) {
    const status = await api.getSearchStatus();
    if (status.state === 'ready') return api.search(query);
    if (status.state === 'failed') throw new Error(status.message);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('search never became ready');
}

/** The titles found, each with whether its first passage came from a note. */
async function found(api: ReaderApi, query: string) {
  const results = await searchWhenReady(api, query);
  return results.hits.map((h) => ({
    title: h.title,
    fromNote: h.passages[0]?.fromNote ?? false,
    blockId: h.passages[0]?.blockId,
  }));
}

/** A highlight on "sent to gulags" in the second article, starting in its only block. */
const highlightWithNote = (api: ReaderApi, note: string) =>
  api.createHighlight({
    articleId: 'homecoming',
    range: {
      startBlockId: 'homecoming-b0',
      startOffset: 10,
      endBlockId: 'homecoming-b0',
      endOffset: 24,
    },
    note,
  });

describe('searching highlight notes', () => {
  it('finds an article by a word only in a note, and forgets the old words after an edit or delete', async () => {
    const api = await start();
    expect(await found(api, 'marmalade')).toEqual([]);

    const highlight = await highlightWithNote(api, 'Grandfather smuggled marmalade home.');
    expect(await found(api, 'marmalade')).toEqual([
      { title: 'A Grim Homecoming', fromNote: true, blockId: 'homecoming-b0' },
    ]);

    await api.updateAnnotation(highlight.id, { note: 'Ask about the orchards.' });
    expect(await found(api, 'marmalade')).toEqual([]);
    expect(await found(api, 'orchards')).toEqual([
      { title: 'A Grim Homecoming', fromNote: true, blockId: 'homecoming-b0' },
    ]);

    const deleted = await api.deleteAnnotation(highlight.id);
    expect(await found(api, 'orchards')).toEqual([]);

    await api.restoreAnnotation(deleted);
    expect((await found(api, 'orchards')).map((h) => h.title)).toEqual(['A Grim Homecoming']);
  });

  it('puts the note first among the passages of an article that also matches in its text', async () => {
    const api = await start();
    await highlightWithNote(api, 'Compare with the treaty in the other article.');
    const results = await searchWhenReady(api, 'treaty');
    const homecoming = results.hits.find((h) => h.articleId === 'homecoming');
    const alliance = results.hits.find((h) => h.articleId === 'alliance');
    expect(homecoming?.passages[0]?.fromNote).toBe(true);
    expect(alliance?.passages[0]?.fromNote).toBeFalsy();
  });

  it('searches the notes already stored when the app starts', async () => {
    const userDataDir = await makeTempDir('reader-notes-');
    const first = await start({ userDataDir });
    await highlightWithNote(first, 'Grandfather smuggled marmalade home.');
    await open.pop()!.close();

    const again = await start({ userDataDir });
    expect((await found(again, 'marmalade')).map((h) => h.title)).toEqual(['A Grim Homecoming']);
  });

  it('stops finding the note of a highlight whose text the publisher removed, once it is re-anchored', async () => {
    const userDataDir = await makeTempDir('reader-notes-');
    await highlightWithNote(await start({ userDataDir }), 'Grandfather smuggled marmalade home.');
    await open.pop()!.close();

    const rewritten = [
      ARTICLES[0]!,
      article('homecoming', 'A Grim Homecoming', ['Entirely different words now.']),
    ];
    const api = await start({ userDataDir, articles: rewritten });
    const [orphan] = await api.listAllAnnotations();
    expect(orphan?.anchoring?.method).toBe('orphan');
    expect(await found(api, 'marmalade')).toEqual([]);
  });

  it('finds notes added, edited and imported while the index loads in its worker thread', async () => {
    const api = await start({ worker: true });
    // Written before the worker may have its index: the list waits for it.
    const highlight = await highlightWithNote(api, 'Grandfather smuggled marmalade home.');
    expect((await found(api, 'marmalade')).map((h) => h.fromNote)).toEqual([true]);

    const notebook = await api.exportAnnotations({ format: 'web-annotation' });
    await api.updateAnnotation(highlight.id, { note: 'Ask about the orchards.' });
    expect(await found(api, 'marmalade')).toEqual([]);
    await api.deleteAnnotation(highlight.id);
    expect(await found(api, 'orchards')).toEqual([]);

    await api.importAnnotations(notebook.content);
    expect((await found(api, 'marmalade')).map((h) => h.fromNote)).toEqual([true]);
  });
});

describe('feeding notes to search', () => {
  it('sends only placed highlights with a note, each at the block it starts in', () => {
    const anchor = { ...makeAnnotation('x').anchor, startBlockId: 'b7', endBlockId: 'b9' };
    const orphaned = { method: 'orphan', checkedHash: 'h2', at: '', reason: 'gone' } as const;
    const notes = searchableNotes([
      makeAnnotation('with-note', { note: 'Ask about it.', anchor }),
      makeAnnotation('blank-note', { note: '  \n' }),
      makeAnnotation('orphaned', { note: 'Lost text.', anchoring: orphaned }),
      makeAnnotation('a-bookmark', { kind: 'bookmark', note: 'Read later.' }),
    ]);
    expect(notes).toEqual([
      { id: 'with-note', articleId: 'an-article', blockId: 'b7', text: 'Ask about it.' },
    ]);
  });

  it('logs a failure to send the notes and still stores the change', async () => {
    const store = await openAnnotationStore({
      dir: await makeTempDir('reader-notes-store-'),
    });
    const logged: string[] = [];
    let sends = 0;
    feedNotesToSearch(
      store,
      {
        setNotes() {
          sends++;
          if (sends > 1) throw new Error('the search worker is gone');
        },
      },
      (m) => logged.push(m),
    );
    const highlight = makeAnnotation('highlight-1', { note: 'marmalade' });
    await store.put([highlight]);
    expect(store.get(highlight.id)?.note).toBe('marmalade');
    expect(logged).toEqual([expect.stringContaining('the search worker is gone')]);
    await store.close();
  });
});
