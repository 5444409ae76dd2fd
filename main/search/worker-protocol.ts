// Messages between the search service (main thread) and its worker.
import type { ArticleMatches, SearchResults } from '../../common/api';
import type { SearchableNote } from './notes';

export type SearchRequest =
  | { kind: 'search'; query: string; limit?: number }
  | { kind: 'searchInArticle'; articleId: string; query: string };

export type ToWorker =
  | { type: 'request'; id: number; request: SearchRequest }
  /** Every searchable note, replacing the last list; may arrive before the index is ready. */
  | { type: 'notes'; notes: SearchableNote[] };

export type FromWorker =
  | { type: 'indexing'; done: number; total: number }
  | { type: 'ready'; documents: number; loadMs: number; rebuiltBecause?: string }
  | { type: 'failed'; message: string }
  | { type: 'log'; message: string }
  | { type: 'result'; id: number; result: SearchResults | ArticleMatches }
  | { type: 'error'; id: number; message: string };

export interface WorkerData {
  contentDir: string;
  cacheDir?: string;
}
