// The main-thread side of search: starts the index loading in a worker
// thread at once, reports its status, and forwards queries to it.
import { Worker } from 'node:worker_threads';
import type { SearchResults, SearchStatus } from '../../common/api';
import { ReaderError } from '../../common/errors';
import { loadSearchEngine } from './load-engine';
import type { SearchEngine } from './search-engine';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol';

export interface SearchServiceOptions {
  contentDir: string;
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
  search(query: string): Promise<SearchResults>;
  close(): Promise<void>;
}

export function startSearchService(options: SearchServiceOptions): SearchService {
  return options.workerEntry ? startInWorker(options, options.workerEntry) : startInline(options);
}

function notReady(status: SearchStatus): ReaderError {
  return status.state === 'failed'
    ? new ReaderError('search-unavailable', `Search is unavailable: ${status.message}`)
    : new ReaderError('search-unavailable', 'Search is getting ready; try again in a moment.');
}

function startInWorker(options: SearchServiceOptions, entry: string | URL): SearchService {
  const log = options.log ?? ((m) => console.warn(m));
  let status: SearchStatus = { state: 'loading' };
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (r: SearchResults) => void; reject: (e: Error) => void }
  >();
  const worker = new Worker(entry, {
    workerData: { contentDir: options.contentDir } satisfies WorkerData,
  });

  const failAll = (message: string) => {
    status = { state: 'failed', message };
    for (const { reject } of pending.values()) reject(notReady(status));
    pending.clear();
  };

  worker.on('message', (message: FromWorker) => {
    switch (message.type) {
      case 'ready':
        status = { state: 'ready', documents: message.documents, loadMs: message.loadMs };
        if (message.rebuiltBecause) log(`Search index rebuilt: ${message.rebuiltBecause}.`);
        break;
      case 'failed':
        log(`Search index failed to load: ${message.message}`);
        failAll(message.message);
        break;
      case 'result':
        pending.get(message.id)?.resolve(message.results);
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
    if (status.state !== 'failed' && code !== 0)
      failAll(`the search worker stopped (exit ${code})`);
  });

  return {
    status: () => status,
    search(query) {
      if (status.state !== 'ready') return Promise.reject(notReady(status));
      const id = nextId++;
      return new Promise<SearchResults>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'search', id, query } satisfies ToWorker);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

function startInline(options: SearchServiceOptions): SearchService {
  const log = options.log ?? ((m) => console.warn(m));
  let status: SearchStatus = { state: 'loading' };
  let engine: SearchEngine | undefined;
  const started = performance.now();
  const loading = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => loadSearchEngine(options.contentDir))
    .then(
      (loaded) => {
        engine = loaded.engine;
        if (loaded.rebuiltBecause) log(`Search index rebuilt: ${loaded.rebuiltBecause}.`);
        status = {
          state: 'ready',
          documents: loaded.engine.documents,
          loadMs: Math.round(performance.now() - started),
        };
      },
      (error: unknown) => {
        log(`Search index failed to load: ${(error as Error).message}`);
        status = { state: 'failed', message: (error as Error).message };
      },
    );
  return {
    status: () => status,
    async search(query) {
      if (!engine) throw notReady(status);
      return engine.search(query);
    },
    async close() {
      await loading;
    },
  };
}
