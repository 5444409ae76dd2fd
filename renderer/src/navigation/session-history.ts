// The window's session history as the app sees it: one store, fed by the
// window's hashchange and popstate events, that the route (hooks/useRoute),
// the Back and Forward controls and the place memory all read, so they
// always agree on which entry is current. Every hash navigation (a link, a
// result, Back) is a browser history entry; this only watches and stamps.
import { EntryMemories } from './entry-memory';
import {
  EMPTY_LOG,
  STAMP_FIELD,
  arrive,
  currentEntry,
  nameCurrent,
  type HistoryLog,
} from './history-log';

let log: HistoryLog = EMPTY_LOG;
let started = false;
const listeners = new Set<() => void>();

export const entryMemories = new EntryMemories();

const newKey = () => crypto.randomUUID();

function sync(): void {
  const arrival = arrive(log, window.location.hash, history.state, newKey);
  if (arrival.stamp) {
    // Only the stamp is added; whatever else the entry's state holds stays.
    const state: unknown = history.state;
    const base = typeof state === 'object' && state !== null ? state : {};
    history.replaceState({ ...base, [STAMP_FIELD]: arrival.stamp }, '');
  }
  if (arrival.log === log) return;
  log = arrival.log;
  for (const listener of listeners) listener();
}

/**
 * Starts watching; main.tsx calls it before the first render, so the entry
 * the window opened on is stamped before any other can follow it (a later
 * start would take a traversal back to it for a new entry).
 */
export function startSessionHistory(): void {
  start();
}

function start(): void {
  if (started) return;
  started = true;
  // A traversal fires popstate, then hashchange if the hash differs; a new
  // fragment fires both too. Either one brings the log up to date, the
  // second finds nothing to do.
  window.addEventListener('popstate', sync);
  window.addEventListener('hashchange', sync);
  sync();
}

export function subscribeToHistory(onChange: () => void): () => void {
  start();
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function historySnapshot(): HistoryLog {
  start();
  return log;
}

/** The key of the entry on screen, to remember its place by. */
export function currentEntryKey(): string {
  start();
  return currentEntry(log)?.key ?? '';
}

/** What the current entry shows, for the tooltips of Back and Forward. */
export function nameCurrentEntry(key: string, title: string): void {
  const named = nameCurrent(log, key, title);
  if (named === log) return;
  log = named;
  for (const listener of listeners) listener();
}

export function goBack(): void {
  history.back();
}

export function goForward(): void {
  history.forward();
}
