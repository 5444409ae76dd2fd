// Worker thread entry: loads (or rebuilds) the index off the main thread so
// the window and the library stay responsive, then answers queries.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { answerRequest } from './answer-request';
import { loadSearchEngine } from './load-engine';
import type { SearchableNote } from './notes';
import type { SearchEngine } from './search-engine';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('search-worker must run as a worker thread');
const post = (message: FromWorker) => port.postMessage(message);

const started = performance.now();
const { contentDir, cacheDir } = workerData as WorkerData;

/** The last notes sent by the main thread: they come at start, before the index may be ready. */
let notes: readonly SearchableNote[] = [];
let engine: SearchEngine | undefined;

port.on('message', (message: ToWorker) => {
  if (message.type === 'notes') {
    notes = message.notes;
    return;
  }
  try {
    // The main thread only asks once 'ready' was posted, so the engine is there.
    if (!engine) throw new Error('The search index is not loaded yet.');
    post({ type: 'result', id: message.id, result: answerRequest(engine, message.request) });
  } catch (error) {
    post({ type: 'error', id: message.id, message: (error as Error).message });
  }
});

loadSearchEngine({
  contentDir,
  ...(cacheDir && { cacheDir }),
  onProgress: (done, total) => post({ type: 'indexing', done, total }),
  log: (message) => post({ type: 'log', message }),
  notes: { notes: () => notes },
}).then(
  (loaded) => {
    engine = loaded.engine;
    post({
      type: 'ready',
      documents: loaded.engine.documents,
      loadMs: Math.round(performance.now() - started),
      rebuiltBecause: loaded.rebuiltBecause,
    });
  },
  (error: unknown) => post({ type: 'failed', message: (error as Error).message ?? String(error) }),
);
