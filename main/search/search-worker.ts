// Worker thread entry: loads (or rebuilds) the index off the main thread so
// the window and the library stay responsive, then answers queries.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { loadSearchEngine } from './load-engine';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('search-worker must run as a worker thread');
const post = (message: FromWorker) => port.postMessage(message);

const started = performance.now();
const { contentDir } = workerData as WorkerData;

loadSearchEngine(contentDir).then(
  ({ engine, rebuiltBecause }) => {
    post({
      type: 'ready',
      documents: engine.documents,
      loadMs: Math.round(performance.now() - started),
      rebuiltBecause,
    });
    port.on('message', (message: ToWorker) => {
      try {
        post({ type: 'result', id: message.id, results: engine.search(message.query) });
      } catch (error) {
        post({ type: 'error', id: message.id, message: (error as Error).message });
      }
    });
  },
  (error: unknown) => post({ type: 'failed', message: (error as Error).message ?? String(error) }),
);
