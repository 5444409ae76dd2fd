// Compiles files in worker threads, each file under a time and a memory
// budget. A source built to stall a parser (quadratic emphasis, 50,000 link
// definitions) costs at most its budget: its worker is stopped, the file is
// rejected with the reason, a fresh worker takes its place and the build goes
// on. One worker per core also makes large builds faster. Results come back
// per file; the caller decides their order (compile.ts keeps sorted order).
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './compile-protocol';
import type { CompileResult, Rejection } from './types';

/** More threads than this gain little: writing and indexing stay serial. */
const MAX_WORKERS = 8;
/**
 * Starting a worker costs about a second of loading (jsdom above all), more
 * than a few ordinary files take to compile, so small folders use fewer.
 */
const FILES_PER_WORKER = 8;

/**
 * From the TypeScript sources (tsx, the tests) the worker is loaded through
 * tsx; a bundled compiler ships compile-worker.js beside this file.
 */
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? new URL('./compile-worker-loader.mjs', import.meta.url)
  : new URL('./compile-worker.js', import.meta.url);

export interface CompileBudget {
  /** Wall-clock time one file may take, from when its worker starts on it. */
  fileTimeoutMs: number;
  /** Heap one file's worker may use (V8's old generation), in megabytes. */
  fileMemoryMb: number;
}

export interface CompilePoolOptions extends CompileBudget {
  /** Worker threads; at most one per file is started. */
  workers: number;
}

/** One per core (all the machine offers to this process), capped, and fewer for few files. */
export function defaultWorkerCount(fileCount: number): number {
  const wanted = Math.ceil(fileCount / FILES_PER_WORKER);
  return Math.max(1, Math.min(os.availableParallelism(), MAX_WORKERS, wanted));
}

interface Task {
  path: string;
  resolve: (result: CompileResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Loaded and warmed up: its time budget measures the file alone. */
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
}

export class CompilePool {
  readonly #options: CompilePoolOptions;
  readonly #queue: Task[] = [];
  readonly #slots = new Set<Slot>();
  /** Workers being stopped; close() waits for them so no thread outlives the build. */
  readonly #stopping = new Set<Promise<number>>();
  #failure: Error | undefined;
  #closed = false;

  constructor(options: CompilePoolOptions) {
    this.#options = options;
    for (let i = 0; i < Math.max(1, options.workers); i++) this.#startWorker();
  }

  /**
   * The file's result, or a rejection when it ran over its budget. Rejects
   * (fails the build) only when no worker can be started at all.
   */
  compile(path: string): Promise<CompileResult> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#closed) return Promise.reject(new Error('the compile pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ path, resolve, reject });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const slot of [...this.#slots]) this.#stop(slot);
    await Promise.all(this.#stopping);
  }

  #startWorker(): void {
    const worker = new Worker(WORKER_ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: this.#options.fileMemoryMb },
    });
    const slot: Slot = { worker, ready: false };
    this.#slots.add(slot);
    worker.on('message', (reply: WorkerReply) => {
      if (!this.#slots.has(slot)) return; // a late reply from a worker being stopped
      if (reply.type === 'ready') {
        slot.ready = true;
      } else {
        const task = slot.task;
        clearTimeout(slot.timer);
        delete slot.task;
        task?.resolve(reply.result);
      }
      this.#dispatch();
    });
    worker.on('error', (error) => this.#lost(slot, error));
    worker.on('exit', (code) => this.#lost(slot, new Error(`it stopped with exit code ${code}`)));
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (!slot.ready || slot.task) continue;
      const task = this.#queue.shift();
      if (!task) return;
      slot.task = task;
      const request: WorkerRequest = { path: task.path };
      slot.worker.postMessage(request);
      slot.timer = setTimeout(() => {
        this.#stop(slot);
        task.resolve(overBudget(task.path, this.#timeoutReason()));
        this.#startWorker();
      }, this.#options.fileTimeoutMs);
    }
  }

  /** A worker died on its own: out of memory, or a crash. */
  #lost(slot: Slot, error: Error): void {
    if (!this.#slots.delete(slot)) return; // already stopped by the pool
    clearTimeout(slot.timer);
    if (this.#closed) return;
    if (!slot.ready && !slot.task) {
      this.#fail(new Error(`could not start a compile worker: ${error.message}`));
      return;
    }
    if (slot.task) slot.task.resolve(lostRejection(slot.task.path, error, this.#options));
    this.#startWorker();
    this.#dispatch();
  }

  #stop(slot: Slot): void {
    this.#slots.delete(slot);
    clearTimeout(slot.timer);
    const stopped: Promise<number> = slot.worker
      .terminate()
      .finally(() => this.#stopping.delete(stopped));
    this.#stopping.add(stopped);
  }

  #fail(error: Error): void {
    this.#failure = error;
    for (const task of this.#queue.splice(0)) task.reject(error);
    for (const slot of [...this.#slots]) {
      slot.task?.reject(error);
      delete slot.task;
      this.#stop(slot);
    }
  }

  #timeoutReason(): string {
    const seconds = this.#options.fileTimeoutMs / 1000;
    return `took longer than ${seconds} s to read (the compile budget per file); simplify it or split it into several articles`;
  }
}

function lostRejection(path: string, error: Error, budget: CompileBudget): CompileResult {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return overBudget(
      path,
      `needed more than ${budget.fileMemoryMb} MB of memory to read (the compile budget per file); simplify it or split it into several articles`,
    );
  }
  const rejection: Rejection = {
    path,
    code: 'compiler-error',
    reason: `compiler error (a bug, please report it): the compile worker failed: ${error.message.split('\n')[0]}`,
  };
  return { rejection };
}

function overBudget(path: string, reason: string): CompileResult {
  return { rejection: { path, code: 'too-complex', reason } };
}
