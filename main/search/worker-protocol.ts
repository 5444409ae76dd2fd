// Messages between the search service (main thread) and its worker.
import type { SearchResults } from '../../common/api';

export type ToWorker = { type: 'search'; id: number; query: string };

export type FromWorker =
  | { type: 'ready'; documents: number; loadMs: number; rebuiltBecause?: string }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; results: SearchResults }
  | { type: 'error'; id: number; message: string };

export interface WorkerData {
  contentDir: string;
}
