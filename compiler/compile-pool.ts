// Compiles files in worker threads, each file under a time and a memory
// budget. A source built to stall a parser (quadratic emphasis, 50,000 link
// definitions) costs at most its budget: its worker is stopped, the file is
// rejected with the reason, a fresh worker takes its place and the build goes
// on. One worker per core also makes large builds faster. Results come back
// per file; the caller decides their order (compile.ts keeps sorted order).
import { stat } from 'node:fs/promises';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest, WorkerStart } from './compile-protocol';
import { bundledWorkerEntry } from './compile-worker-bundle';
import { MAX_SOURCE_BYTES, SOURCE_FORMATS, type SourceFormat } from './limits';
import type { CompileResult, Rejection } from './types';

/** More threads than this gain little: writing and indexing stay serial. */
const MAX_WORKERS = 8;
/**
 * Starting a worker costs a share of a second of loading (the parsers), more
 * than a few ordinary files take to compile, so small folders use fewer.
 */
const FILES_PER_WORKER = 8;

/**
 * From the TypeScript sources (tsx, the tests) the worker is bundled on first
 * use (compile-worker-bundle.ts); a bundled compiler ships compile-worker.js
 * beside this file.
 */
const workerEntry = (): URL =>
  import.meta.url.endsWith('.ts')
    ? bundledWorkerEntry()
    : new URL('./compile-worker.js', import.meta.url);

export interface CompileBudget {
  /**
   * Wall-clock time a file of up to 1 MB may take, from when its worker
   * starts on it; larger files get as much again per started megabyte.
   */
  fileTimeoutMs: number;
  /** Heap (V8's old generation) for a file of up to 1 MB, in MB; likewise per megabyte. */
  fileMemoryMb: number;
}

export interface CompilePoolOptions extends CompileBudget {
  /** Worker threads; at most one per file is started. */
  workers: number;
  /** The input folder: ids, includes and images are taken relative to it (compileFile). */
  root?: string;
  /**
   * The formats of the files to compile: each worker loads only their
   * parsers before it takes a file (all of them by default). A file of
   * another format still compiles, loading its parser within its budget.
   */
  formats?: SourceFormat[];
}

/** One per core (all the machine offers to this process), capped, and fewer for few files. */
export function defaultWorkerCount(fileCount: number): number {
  const wanted = Math.ceil(fileCount / FILES_PER_WORKER);
  return Math.max(1, Math.min(os.availableParallelism(), MAX_WORKERS, wanted));
}

/**
 * How many budgets a file gets: one per started megabyte. An ordinary 5 MB
 * article needs about five times a 1 MB one; the stalls found so far are
 * small files that take minutes, which no size explains.
 */
export function budgetScale(bytes: number): number {
  // Larger files are rejected by their size before they are read.
  const bytesBudgeted = Math.min(bytes, MAX_SOURCE_BYTES);
  return Math.max(1, Math.ceil(bytesBudgeted / (1024 * 1024)));
}

interface Task {
  path: string;
  scale: number;
  resolve: (result: CompileResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The budget scale its memory limit was set for (fixed when a worker starts). */
  scale: number;
  /** Loaded and warmed up: its time budget measures the file alone. */
  ready: boolean;
  /** Started for this task, which needs a larger memory limit than the others. */
  pinned?: Task;
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
    for (let i = 0; i < Math.max(1, options.workers); i++) this.#startWorker(1);
  }

  /**
   * The file's result, or a rejection when it ran over its budget. Rejects
   * (fails the build) only when no worker can be started at all.
   */
  async compile(path: string): Promise<CompileResult> {
    // A file that cannot be stat'ed gets the smallest budget; compileFile
    // then reports why it cannot be read.
    const size = await stat(path).then(
      (info) => info.size,
      () => 0,
    );
    if (this.#failure) throw this.#failure;
    if (this.#closed) throw new Error('the compile pool is closed');
    return new Promise((resolve, reject) => {
      this.#queue.push({ path, scale: budgetScale(size), resolve, reject });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const slot of [...this.#slots]) this.#stop(slot);
    await Promise.all(this.#stopping);
  }

  #startWorker(scale: number, pinned?: Task): void {
    const start: WorkerStart = { formats: this.#options.formats ?? [...SOURCE_FORMATS] };
    const worker = new Worker(workerEntry(), {
      workerData: start,
      resourceLimits: { maxOldGenerationSizeMb: this.#options.fileMemoryMb * scale },
    });
    const slot: Slot = { worker, scale, ready: false, ...(pinned && { pinned }) };
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
    for (const slot of [...this.#slots]) {
      if (!slot.ready || slot.task) continue;
      const task = slot.pinned ?? this.#queue.shift();
      if (!task) continue; // a later slot may still hold its pinned task
      delete slot.pinned;
      if (task.scale !== slot.scale) {
        // Memory limits are fixed per worker: this file gets one of its own size.
        this.#stop(slot);
        this.#startWorker(task.scale, task);
        continue;
      }
      this.#run(slot, task);
    }
  }

  #run(slot: Slot, task: Task): void {
    slot.task = task;
    const { root } = this.#options;
    const request: WorkerRequest = { path: task.path, ...(root !== undefined && { root }) };
    slot.worker.postMessage(request);
    const timeoutMs = this.#options.fileTimeoutMs * task.scale;
    slot.timer = setTimeout(() => {
      this.#stop(slot);
      task.resolve(overBudget(task.path, timeoutReason(timeoutMs)));
      this.#startWorker(1);
      this.#dispatch();
    }, timeoutMs);
  }

  /** A worker died on its own: out of memory, or a crash. */
  #lost(slot: Slot, error: Error): void {
    if (!this.#slots.delete(slot)) return; // already stopped by the pool
    clearTimeout(slot.timer);
    if (this.#closed) return;
    if (!slot.ready) {
      if (slot.pinned) this.#queue.unshift(slot.pinned);
      this.#fail(new Error(`could not start a compile worker: ${error.message}`));
      return;
    }
    const task = slot.task;
    if (task)
      task.resolve(lostRejection(task.path, error, this.#options.fileMemoryMb * task.scale));
    this.#startWorker(1);
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
      slot.pinned?.reject(error);
      delete slot.task;
      delete slot.pinned;
      this.#stop(slot);
    }
  }
}

function timeoutReason(timeoutMs: number): string {
  return `took longer than ${timeoutMs / 1000} s to read (the compile budget for a file of its size); simplify it or split it into several articles`;
}

function lostRejection(path: string, error: Error, memoryMb: number): CompileResult {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return overBudget(
      path,
      `needed more than ${memoryMb} MB of memory to read (the compile budget for a file of its size); simplify it or split it into several articles`,
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
