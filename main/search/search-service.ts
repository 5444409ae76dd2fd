// The main-thread side of search: starts the index loading in a worker
// thread at once, reports its status (with progress while re-indexing), and
// forwards requests to it.
import { Worker } from 'node:worker_threads';
import type { ArticleMatches, SearchResults, SearchStatus } from '../../common/api';
import { ReaderError } from '../../common/errors';
import { createListeners, type Listeners } from '../../common/listeners';
import { answerRequest } from './answer-request';
import { loadSearchEngine } from './load-engine';
import type { SearchableNote } from './notes';
import type { SearchEngine } from './search-engine';
import type { FromWorker, SearchRequest, ToWorker, WorkerData } from './worker-protocol';

export interface SearchServiceOptions {
  contentDir: string;
  /** Where an index rebuilt for a changed collection is kept (the user's data folder). */
  cacheDir?: string;
  /**
   * The built worker entry (out/main/search-worker.js). Without it the index
   * loads on this thread, after the current turn: fine for tests and tools,
   * not for the app, where a large index would stall IPC.
   */
  workerEntry?: string | URL;
  log?: (message: string) => void;
}

export interface SearchService {
  status(): SearchStatus;
  /** Hears every change of status (loading, indexing progress, ready, failed). */
  onStatusChange(listener: (status: SearchStatus) => void): () => void;
  search(query: string, limit?: number): Promise<SearchResults>;
  searchInArticle(articleId: string, query: string): Promise<ArticleMatches>;
  /**
   * Replaces the highlight notes searched beside the text (see notes.ts).
   * Takes effect for the next search; may be called before the index is ready.
   */
  setNotes(notes: readonly SearchableNote[]): void;
  close(): Promise<void>;
}

export function startSearchService(options: SearchServiceOptions): SearchService {
  const ask = options.workerEntry
    ? startInWorker(options, options.workerEntry)
    : startInline(options);
  return {
    status: ask.status,
    onStatusChange: ask.onStatusChange,
    close: ask.close,
    setNotes: ask.setNotes,
    search: (query, limit) =>
      ask.request({
        kind: 'search',
        query,
        ...(limit !== undefined && { limit }),
      }) as Promise<SearchResults>,
    searchInArticle: (articleId, query) =>
      ask.request({ kind: 'searchInArticle', articleId, query }) as Promise<ArticleMatches>,
  };
}

interface Asker {
  status(): SearchStatus;
  onStatusChange(listener: (status: SearchStatus) => void): () => void;
  request(request: SearchRequest): Promise<SearchResults | ArticleMatches>;
  setNotes(notes: readonly SearchableNote[]): void;
  close(): Promise<void>;
}

function notReady(status: SearchStatus): ReaderError {
  if (status.state === 'failed') {
    return new ReaderError('search-unavailable', `Search is unavailable: ${status.message}`);
  }
  if (status.state === 'indexing') {
    const percent = Math.floor((status.done / Math.max(1, status.total)) * 100);
    return new ReaderError(
      'search-unavailable',
      `The library is being indexed (${percent}%); search will be ready in a moment.`,
      { id: 'search.indexing', values: { percent } },
    );
  }
  return new ReaderError('search-unavailable', 'Search is getting ready; try again in a moment.', {
    id: 'search.notReady',
  });
}

/** The current status, telling its listeners each time it changes. */
function statusHolder(log: (message: string) => void) {
  let status: SearchStatus = { state: 'loading' };
  const listeners: Listeners<SearchStatus> = createListeners((error) =>
    log(`A search status listener failed: ${String(error)}`),
  );
  return {
    get: () => status,
    set(next: SearchStatus) {
      status = next;
      listeners.emit(next);
    },
    onChange: listeners.add,
  };
}

function startInWorker(options: SearchServiceOptions, entry: string | URL): Asker {
  const log = options.log ?? ((m) => console.warn(m));
  const current = statusHolder(log);
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (r: SearchResults | ArticleMatches) => void; reject: (e: Error) => void }
  >();
  const workerData: WorkerData = {
    contentDir: options.contentDir,
    ...(options.cacheDir && { cacheDir: options.cacheDir }),
  };
  const worker = new Worker(entry, { workerData });

  const failAll = (message: string) => {
    current.set({ state: 'failed', message });
    for (const { reject } of pending.values()) reject(notReady(current.get()));
    pending.clear();
  };

  worker.on('message', (message: FromWorker) => {
    switch (message.type) {
      case 'indexing':
        current.set({ state: 'indexing', done: message.done, total: message.total });
        break;
      case 'ready':
        current.set({ state: 'ready', documents: message.documents, loadMs: message.loadMs });
        if (message.rebuiltBecause) log(`Search index rebuilt: ${message.rebuiltBecause}.`);
        break;
      case 'failed':
        log(`Search index failed to load: ${message.message}`);
        failAll(message.message);
        break;
      case 'log':
        log(message.message);
        break;
      case 'result':
        pending.get(message.id)?.resolve(message.result);
        pending.delete(message.id);
        break;
      case 'error':
        pending.get(message.id)?.reject(new Error(message.message));
        pending.delete(message.id);
        break;
    }
  });
  worker.on('error', (error) => {
    log(`Search worker crashed: ${error.message}`);
    failAll(`the search worker crashed (${error.message})`);
  });
  worker.on('exit', (code) => {
    if (current.get().state !== 'failed' && code !== 0)
      failAll(`the search worker stopped (exit ${code})`);
  });

  return {
    status: current.get,
    onStatusChange: current.onChange,
    request(request) {
      const status = current.get();
      if (status.state !== 'ready') return Promise.reject(notReady(status));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'request', id, request } satisfies ToWorker);
      });
    },
    setNotes(notes) {
      // Posted even while loading: the worker keeps the list until its index is ready.
      worker.postMessage({ type: 'notes', notes: [...notes] } satisfies ToWorker);
    },
    async close() {
      await worker.terminate();
    },
  };
}

function startInline(options: SearchServiceOptions): Asker {
  const log = options.log ?? ((m) => console.warn(m));
  const current = statusHolder(log);
  let engine: SearchEngine | undefined;
  let notes: readonly SearchableNote[] = [];
  const started = performance.now();
  const loading = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() =>
      loadSearchEngine({
        contentDir: options.contentDir,
        ...(options.cacheDir && { cacheDir: options.cacheDir }),
        onProgress: (done, total) => current.set({ state: 'indexing', done, total }),
        log,
        notes: { notes: () => notes },
      }),
    )
    .then(
      (loaded) => {
        engine = loaded.engine;
        if (loaded.rebuiltBecause) log(`Search index rebuilt: ${loaded.rebuiltBecause}.`);
        current.set({
          state: 'ready',
          documents: loaded.engine.documents,
          loadMs: Math.round(performance.now() - started),
        });
      },
      (error: unknown) => {
        log(`Search index failed to load: ${(error as Error).message}`);
        current.set({ state: 'failed', message: (error as Error).message });
      },
    );
  return {
    status: current.get,
    onStatusChange: current.onChange,
    async request(request) {
      if (!engine) throw notReady(current.get());
      return answerRequest(engine, request);
    },
    setNotes(next) {
      // Copied: the caller's array must not change what a later search sees.
      notes = [...next];
    },
    async close() {
      await loading;
    },
  };
}
