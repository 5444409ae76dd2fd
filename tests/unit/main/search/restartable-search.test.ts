// Restarting search for a rebuilt collection: the new engine gets the notes
// sent before, only the engine in use reports its status, searches go to the
// new engine, and close waits for every engine to stop.
import { describe, expect, it } from 'vitest';
import type { SearchStatus } from '../../../../common/api';
import { createListeners } from '../../../../common/listeners';
import type { SearchableNote } from '../../../../main/search/notes';
import { restartableSearch } from '../../../../main/search/restartable-search';
import type { SearchService } from '../../../../main/search/search-service';

function fakeEngine(name: string) {
  const listeners = createListeners<SearchStatus>((error) => {
    throw error;
  });
  let status: SearchStatus = { state: 'loading' };
  let stop: () => void = () => {};
  const engine = {
    notes: [] as readonly SearchableNote[],
    closed: false,
    stopped: new Promise<void>((resolve) => {
      stop = resolve;
    }),
    finishStopping: () => stop(),
    report(next: SearchStatus) {
      status = next;
      listeners.emit(next);
    },
    service: {
      status: () => status,
      onStatusChange: listeners.add,
      search: async (query) => ({
        query: `${name}:${query}`,
        total: 0,
        totalIsLowerBound: false,
        typoTolerant: false,
        hits: [],
      }),
      searchInArticle: async (articleId, query) => ({ articleId, query, matches: [] }),
      setNotes(notes) {
        engine.notes = notes;
      },
      close: async () => {
        engine.closed = true;
        await engine.stopped;
      },
    } satisfies SearchService,
  };
  return engine;
}

const NOTE: SearchableNote = { id: 'n1', articleId: 'tea', blockId: 'b1', text: 'steep longer' };

describe('restartable search', () => {
  it('hands the notes to the new engine, reports only its status and asks only it', async () => {
    const engines = [fakeEngine('first'), fakeEngine('second')];
    let started = 0;
    const search = restartableSearch(
      () => engines[started++]!.service,
      () => undefined,
    );
    const heard: SearchStatus[] = [];
    search.onStatusChange((status) => heard.push(status));
    search.setNotes([NOTE]);
    engines[0]!.report({ state: 'ready', documents: 2, loadMs: 1 });

    search.restart();
    expect(engines[1]!.notes).toEqual([NOTE]);
    expect(engines[0]!.closed).toBe(true);
    // The page learns at once that search is loading again.
    expect(heard.at(-1)).toEqual({ state: 'loading' });
    engines[0]!.report({ state: 'failed', message: 'terminated' });
    expect(heard.at(-1)).toEqual({ state: 'loading' });
    engines[1]!.report({ state: 'ready', documents: 3, loadMs: 1 });
    expect(search.status()).toEqual({ state: 'ready', documents: 3, loadMs: 1 });
    expect((await search.search('tea')).query).toBe('second:tea');

    let closed = false;
    const closing = search.close().then(() => {
      closed = true;
    });
    engines[1]!.finishStopping();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The first engine has not stopped yet: close is not done.
    expect(closed).toBe(false);
    engines[0]!.finishStopping();
    await closing;
  });
});
