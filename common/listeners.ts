// A set of listeners for one kind of news. A listener that throws is reported
// and the others still hear the news: the thing that changed has changed
// already, whatever one listener does with it.
export interface Listeners<T> {
  /** Returns the unsubscribe. */
  add(listener: (value: T) => void): () => void;
  emit(value: T): void;
}

export function createListeners<T>(onListenerError: (error: unknown) => void): Listeners<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    add(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit(value) {
      // A copy: a listener may unsubscribe itself (or another) while hearing it.
      for (const listener of [...listeners]) {
        try {
          listener(value);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}
