// The worker thread behind compile-pool.ts: compiles one file per message and
// posts compileFile's result back unchanged (structured clone), so a file that
// stalls or exhausts memory takes down only this thread, which the pool
// stops and replaces.
import { parentPort } from 'node:worker_threads';
import { compileFile, compileSource } from './compile-source';
import type { WorkerReply, WorkerRequest } from './compile-protocol';

const port = parentPort;
if (!port) throw new Error('compile-worker.ts runs as a worker thread (see compile-pool.ts)');

// The first compile of each format loads and initialises its parser; paying
// that here keeps it out of the first file's time budget.
compileSource({ path: 'warm-up.md', bytes: new TextEncoder().encode('# Warm\n\nUp *text*.') });
compileSource({ path: 'warm-up.txt', bytes: new TextEncoder().encode('Warm\n\nUp text.') });
compileSource({ path: 'warm-up.html', bytes: new TextEncoder().encode('<p>Warm up.</p>') });

port.on('message', (request: WorkerRequest) => {
  void compileFile(request.path, request.root).then((result) => {
    const reply: WorkerReply = { type: 'compiled', result };
    port.postMessage(reply);
  });
});
const ready: WorkerReply = { type: 'ready' };
port.postMessage(ready);
