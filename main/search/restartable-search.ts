// Search over a collection that may be rebuilt while the app runs: restart()
// drops the engine (and its worker) for a new one that loads the new index.
// Callers keep one object; its status and listeners carry over, and the
// notes sent before are sent to each new engine.
import type { SearchStatus } from '../../common/api';
import { createListeners } from '../../common/listeners';
import type { SearchableNote } from './notes';
import type { SearchService } from './search-service';

export interface RestartableSearch extends SearchService {
  /** Starts a new engine on the collection folder as it is now; the old one stops. */
  restart(): void;
}

export function restartableSearch(
  start: () => SearchService,
  log: (message: string) => void,
): RestartableSearch {
  const listeners = createListeners<SearchStatus>((error) =>
    log(`A search status listener failed: ${String(error)}`),
  );
  let notes: readonly SearchableNote[] = [];
  let current: SearchService;
  let stopListening = () => {};
  /** Engines told to stop and not yet stopped: close() waits for them too. */
  const stopping = new Set<Promise<void>>();

  const begin = () => {
    current = start();
    current.setNotes(notes);
    const engine = current;
    // Only the engine in use speaks: a stopping one's last words are not the status.
    stopListening = engine.onStatusChange((status) => {
      if (engine === current) listeners.emit(status);
    });
  };
  begin();

  return {
    status: () => current.status(),
    onStatusChange: listeners.add,
    search: (query, limit) => current.search(query, limit),
    searchInArticle: (articleId, query) => current.searchInArticle(articleId, query),
    setNotes(next) {
      notes = [...next];
      current.setNotes(notes);
    },
    restart() {
      const old = current;
      stopListening();
      begin();
      listeners.emit(current.status());
      const closing = old
        .close()
        .catch((error: unknown) =>
          log(`The previous search engine did not stop cleanly: ${String(error)}`),
        )
        .finally(() => stopping.delete(closing));
      stopping.add(closing);
    },
    async close() {
      stopListening();
      await Promise.all([current.close(), ...stopping]);
    },
  };
}
