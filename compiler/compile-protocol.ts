// Messages between compile-pool.ts and compile-worker.ts.
import type { CompileResult } from './types';

/** Pool -> worker: compile this file. One at a time per worker. */
export interface WorkerRequest {
  path: string;
  /** The input folder the file's images are read from. */
  root?: string;
}

/** Worker -> pool: loaded and warmed up, or one file's result. */
export type WorkerReply = { type: 'ready' } | { type: 'compiled'; result: CompileResult };
