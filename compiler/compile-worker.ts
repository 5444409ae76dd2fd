// The worker thread behind compile-pool.ts: compiles one file per message and
// posts compileFile's result back unchanged (structured clone), so a file that
// stalls or exhausts memory takes down only this thread, which the pool
// stops and replaces.
import { parentPort, workerData } from 'node:worker_threads';
import { compileFileWith, compileSourceWith } from './compile-core';
import type { WorkerReply, WorkerRequest, WorkerStart } from './compile-protocol';
import { loadParser } from './format-parsers';
import { loadLanguageDetector } from './language';
import type { SourceFormat } from './limits';

const port = parentPort;
if (!port) throw new Error('compile-worker.ts runs as a worker thread (see compile-pool.ts)');

const WARM_UP: Record<SourceFormat, { path: string; text: string }> = {
  markdown: { path: 'warm-up.md', text: '# Warm\n\nUp *text*.' },
  plaintext: { path: 'warm-up.txt', text: 'Warm\n\nUp text.' },
  html: { path: 'warm-up.html', text: '<p>Warm up.</p>' },
};

// Only the formats the folder holds are loaded, and the first compile of
// each initialises its parser: paying that here keeps it out of the first
// file's time budget. Markdown and plain text rarely name their language,
// so the detector comes with them; an HTML page usually names its own, and
// one that does not loads the detector when it is met.
const { formats } = workerData as WorkerStart;
if (formats.some((format) => format !== 'html')) await loadLanguageDetector();
for (const format of formats) {
  const parsers = await loadParser(format);
  const { path, text } = WARM_UP[format];
  compileSourceWith(parsers, { path, bytes: new TextEncoder().encode(text) });
}

port.on('message', (request: WorkerRequest) => {
  void compileFileWith(loadParser, request.path, request.root).then((result) => {
    const reply: WorkerReply = { type: 'compiled', result };
    port.postMessage(reply);
  });
});
const ready: WorkerReply = { type: 'ready' };
port.postMessage(ready);
