import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { canGoBack, canGoForward, neighbour } from './history-log';
import { describeEntry, type EntryPlace } from './describe-entry';
import {
  currentEntryKey,
  historySnapshot,
  nameCurrentEntry,
  subscribeToHistory,
} from './session-history';

export interface SessionHistory {
  canGoBack: boolean;
  canGoForward: boolean;
  /** Where Back goes, for its tooltip; null with nowhere to go. */
  backTo: EntryPlace | null;
  forwardTo: EntryPlace | null;
}

export function useSessionHistory(): SessionHistory {
  const log = useSyncExternalStore(subscribeToHistory, historySnapshot);
  return useMemo(() => {
    const hash = log.entries[log.index]?.hash;
    return {
      canGoBack: canGoBack(log),
      canGoForward: canGoForward(log),
      backTo: describeEntry(neighbour(log, -1), hash),
      forwardTo: describeEntry(neighbour(log, 1), hash),
    };
  }, [log]);
}

/** The key of the entry on screen; a new one on every history step. */
export function useCurrentEntryKey(): string {
  return useSyncExternalStore(subscribeToHistory, currentEntryKey);
}

/** Names the current entry (an article's title) for the other entries' Back and Forward tooltips. */
export function useNameCurrentEntry(title: string | undefined): void {
  const key = useCurrentEntryKey();
  useEffect(() => {
    if (title) nameCurrentEntry(key, title);
  }, [key, title]);
}
