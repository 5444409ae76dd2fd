// Messages between compile-pool.ts and compile-worker.ts.
import type { SourceFormat } from './limits';
import type { CompileResult } from './types';

/** Pool -> worker, as its workerData: the formats of the files it may be given. */
export interface WorkerStart {
  formats: SourceFormat[];
}

/** Pool -> worker: compile this file. One at a time per worker. */
export interface WorkerRequest {
  path: string;
  /** The input folder: the file's path within it gives the id; includes and images are read inside it. */
  root?: string;
}

/** Worker -> pool: loaded and warmed up, or one file's result. */
export type WorkerReply = { type: 'ready' } | { type: 'compiled'; result: CompileResult };
