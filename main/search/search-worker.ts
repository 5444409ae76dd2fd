// Worker thread entry: loads (or rebuilds) the index off the main thread so
// the window and the library stay responsive, then answers queries.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { answerRequest } from './answer-request';
import { loadSearchEngine } from './load-engine';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('search-worker must run as a worker thread');
const post = (message: FromWorker) => port.postMessage(message);

const started = performance.now();
const { contentDir, cacheDir } = workerData as WorkerData;

loadSearchEngine({
  contentDir,
  ...(cacheDir && { cacheDir }),
  onProgress: (done, total) => post({ type: 'indexing', done, total }),
  log: (message) => post({ type: 'log', message }),
}).then(
  ({ engine, rebuiltBecause }) => {
    post({
      type: 'ready',
      documents: engine.documents,
      loadMs: Math.round(performance.now() - started),
      rebuiltBecause,
    });
    port.on('message', (message: ToWorker) => {
      try {
        post({ type: 'result', id: message.id, result: answerRequest(engine, message.request) });
      } catch (error) {
        post({ type: 'error', id: message.id, message: (error as Error).message });
      }
    });
  },
  (error: unknown) => post({ type: 'failed', message: (error as Error).message ?? String(error) }),
);
