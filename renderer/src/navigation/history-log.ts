// What the app knows of the window's session history, which the browser
// itself will not tell: where in it the reader is, what lies behind and
// ahead, and a stable key per entry to remember its place by. Each entry
// carries a stamp ({ key, index }) in history.state, written when the entry
// is first seen; going back or forward brings the stamp back, so a stamp
// tells a traversal from a new entry. Pure: session-history.ts applies it to
// the window.

export interface EntryStamp {
  key: string;
  index: number;
}

export interface LoggedEntry {
  key: string;
  hash: string;
  /** What the entry shows ("Tea for beginners", "Library"), once the view has said. */
  title?: string;
}

export interface HistoryLog {
  /** Index = position in the session; a gap (after a reload) is an entry not seen here. */
  readonly entries: readonly (LoggedEntry | undefined)[];
  /** The current entry; -1 before the first. */
  readonly index: number;
}

export const EMPTY_LOG: HistoryLog = { entries: [], index: -1 };

/** The field of history.state the stamp lives in, beside whatever else is there. */
export const STAMP_FIELD = 'readerEntry';

export function readStamp(state: unknown): EntryStamp | null {
  if (typeof state !== 'object' || state === null) return null;
  const stamp = (state as Record<string, unknown>)[STAMP_FIELD];
  if (typeof stamp !== 'object' || stamp === null) return null;
  const { key, index } = stamp as Record<string, unknown>;
  if (typeof key !== 'string' || key === '') return null;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
  return { key, index };
}

export interface Arrival {
  log: HistoryLog;
  /** A new entry: the stamp to write into its history.state. */
  stamp?: EntryStamp;
}

/**
 * The log once the window shows `hash` with `state`. An entry without a
 * stamp is new: it follows the current one, and whatever was ahead is gone
 * (as a browser drops the forward entries when a link is followed). An entry
 * with a stamp was traversed to; one the log has not seen (the page was
 * reloaded) is taken at its index.
 */
export function arrive(
  log: HistoryLog,
  hash: string,
  state: unknown,
  newKey: () => string,
): Arrival {
  const stamp = readStamp(state);
  if (stamp) {
    const known = log.entries[stamp.index];
    if (known?.key === stamp.key && known.hash === hash && log.index === stamp.index) {
      return { log };
    }
    const entries = [...log.entries];
    entries[stamp.index] = known?.key === stamp.key ? { ...known, hash } : { key: stamp.key, hash };
    return { log: { entries, index: stamp.index } };
  }
  const index = log.index + 1;
  const fresh = { key: newKey(), index };
  return {
    log: { entries: [...log.entries.slice(0, index), { key: fresh.key, hash }], index },
    stamp: fresh,
  };
}

/** Records what the current entry shows, for the Back and Forward buttons' tooltips. */
export function nameCurrent(log: HistoryLog, key: string, title: string): HistoryLog {
  const entry = log.entries[log.index];
  if (!entry || entry.key !== key || entry.title === title) return log;
  const entries = [...log.entries];
  entries[log.index] = { ...entry, title };
  return { ...log, entries };
}

export function currentEntry(log: HistoryLog): LoggedEntry | undefined {
  return log.entries[log.index];
}

export function canGoBack(log: HistoryLog): boolean {
  return log.index > 0;
}

export function canGoForward(log: HistoryLog): boolean {
  return log.index >= 0 && log.index < log.entries.length - 1;
}

/** The entry one step back (-1) or forward (1), if the log has seen it. */
export function neighbour(log: HistoryLog, step: -1 | 1): LoggedEntry | undefined {
  const wanted = step === -1 ? canGoBack(log) : canGoForward(log);
  return wanted ? log.entries[log.index + step] : undefined;
}
