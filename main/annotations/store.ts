// The annotations store: a snapshot plus an append-only journal, so that a
// create, update or delete costs one short appended line and one fdatasync
// instead of rewriting every highlight the reader has ever made.
//
//   annotations.json          snapshot: every annotation at the last compaction
//   annotations.journal       one JSON line per change since then
//   annotations.backup.json   the snapshot before the last compaction
//   annotations.lock          the one writer of this folder (see store-lock.ts)
//
// Durability: a change resolves only after its whole line is fdatasynced; a
// line that fails (a full disk) is cut off again and the change is refused,
// never made visible. A kill mid-append leaves at most a torn last line,
// which was never acknowledged and is dropped on load. Compaction renames
// the snapshot to the backup, writes the new snapshot atomically (a temp
// file written whole, fsync, rename), then empties the journal; journal
// lines are whole items or deletions, so replaying them over a snapshot that
// already contains them changes nothing, and a kill between any two steps
// loads the same state. Damaged files are kept, never deleted (see
// store-load.ts); `recovery` says so for the UI.
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { AnnotationSchema, type Annotation } from '../../common/annotations';
import { ReaderError } from '../../common/errors';
import { removeLeftoverTempFiles, replaceFileDurably } from '../storage/durable-write';
import { openJournalWriter } from './journal';
import { CURRENT_SCHEMA_VERSION, STORE_FORMAT, type JournalEntry } from './schema';
import { asStorageError } from '../storage/storage-errors';
import { exists, loadStore, storePaths, type StoreRecovery } from './store-load';
import { acquireStoreLock, type StoreLock } from './store-lock';

export { STORE_FILES, type StoreRecovery } from './store-load';

export interface AnnotationStoreOptions {
  dir: string;
  log?: (message: string) => void;
  /** Journal lines after which the snapshot is rewritten; by default it scales with the store. */
  compactAfter?: (itemCount: number) => number;
}

export interface AnnotationStore {
  /** Every annotation, in insertion order. */
  all(): Annotation[];
  get(id: string): Annotation | undefined;
  /** Adds or replaces annotations; resolves once they are durably on disk. */
  put(items: readonly Annotation[]): Promise<void>;
  /**
   * Like put, with the items computed when this write's turn comes, after
   * every earlier write is applied: for changes based on the current state.
   */
  putWith(compute: () => readonly Annotation[]): Promise<void>;
  /** Removes annotations by id; resolves once that is durably on disk. */
  delete(ids: readonly string[]): Promise<void>;
  /**
   * Calls `listener` each time a change becomes visible in all(), before that
   * change's promise resolves. A listener that throws is logged and does not
   * fail the write, which is already on disk. Returns the unsubscribe.
   */
  onChange(listener: () => void): () => void;
  readonly recovery: StoreRecovery | undefined;
  /** Set when nothing can be saved (see unavailable-store.ts): why, for the UI. */
  readonly unavailable?: { message: string };
  /** Waits for pending writes, closes the journal and gives up the lock. */
  close(): Promise<void>;
}

const defaultCompactAfter = (count: number) => Math.max(500, Math.floor(count / 4));

/**
 * Opens the folder's store for writing. A folder that cannot be written
 * (read-only, full, a file in its place, in use by another copy of the app)
 * is refused with ReaderError('storage-failed') saying why, and nothing is
 * written.
 */
export async function openAnnotationStore(
  options: AnnotationStoreOptions,
): Promise<AnnotationStore> {
  const log = options.log ?? ((m: string) => console.warn(m));
  try {
    await mkdir(options.dir, { recursive: true });
  } catch (error) {
    throw asStorageError(error, options.dir);
  }
  const lock = await acquireStoreLock(options.dir, log);
  try {
    return await openLocked(options, log, lock);
  } catch (error) {
    await lock
      .release()
      .catch((releaseError: unknown) =>
        log(`Could not give up the annotations lock: ${String(releaseError)}`),
      );
    throw asStorageError(error, options.dir);
  }
}

async function openLocked(
  options: AnnotationStoreOptions,
  log: (message: string) => void,
  lock: StoreLock,
): Promise<AnnotationStore> {
  const compactAfter = options.compactAfter ?? defaultCompactAfter;
  const paths = storePaths(options.dir);

  await removeLeftoverTempFiles(options.dir, log);
  const loaded = await loadStore(paths, log, 'writable');
  const items = loaded.items;
  const recovery = loaded.recovery;
  let journalLines = loaded.journalLines;
  const journalIsNew = !(await exists(paths.journal));
  const journal = await openJournalWriter(paths.journal, log);
  let closed = false;
  let closing: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  function changed(): void {
    for (const listener of listeners) {
      try {
        listener();
      } catch (error) {
        log(`An annotations change listener failed: ${String(error)}`);
      }
    }
  }

  // Writes are chained so that they reach the disk in call order.
  let queue: Promise<void> = Promise.resolve();
  function enqueue(work: () => Promise<void>): Promise<void> {
    if (closed) return Promise.reject(new Error('The annotations store is closed.'));
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  }

  async function append(entry: JournalEntry): Promise<void> {
    try {
      await journal.append(entry);
    } catch (error) {
      throw asStorageError(error, options.dir, 'change');
    }
    journalLines++;
  }

  /** After a change is durable: a failed compaction must not report the change as lost. */
  async function compactIfDue(): Promise<void> {
    if (journalLines < compactAfter(items.size)) return;
    try {
      await compact();
    } catch (error) {
      log(`Compacting the annotations store failed; changes stay in the journal: ${String(error)}`);
    }
  }

  async function compact(): Promise<void> {
    const text = serialize(items);
    if (await exists(paths.snapshot)) await rename(paths.snapshot, paths.backup);
    await replaceFileDurably(paths.snapshot, text, log);
    syncDirectory(options.dir);
    await journal.clear();
    journalLines = 0;
  }

  try {
    // A new journal's name must be durable before a change is acknowledged
    // in it. Otherwise the folder is not synced: the lock file just created
    // needs no durability, and syncing it would cost every start a disk flush.
    if (journalIsNew) syncDirectory(options.dir);
    if (loaded.needsRewrite) {
      await compact();
    } else if (!(await exists(paths.backup)) && (await exists(paths.snapshot))) {
      // Only a precaution: a store whose backup cannot be written still works.
      const snapshot = await readFile(paths.snapshot, 'utf8');
      await replaceFileDurably(paths.backup, snapshot, log).catch((error: unknown) =>
        log(`Could not write the annotations backup: ${String(error)}`),
      );
    }
  } catch (error) {
    await journal.close();
    throw error;
  }

  function putWith(compute: () => readonly Annotation[]): Promise<void> {
    return enqueue(async () => {
      const batch = compute();
      if (batch.length === 0) return;
      // What could not be read back must never be written: one bad item
      // would make the whole store unreadable at the next start.
      for (const item of batch) {
        const checked = AnnotationSchema.safeParse(item);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          // Refused as the caller's mistake, with nothing written.
          throw new ReaderError(
            'invalid-argument',
            `This annotation cannot be saved: ${issue?.path.join('.') || 'annotation'}: ${issue?.message}`,
          );
        }
      }
      const copies = batch.map((item) => structuredClone(item));
      await append({ op: 'put', items: copies });
      // Only what reached the disk becomes visible.
      for (const item of copies) items.set(item.id, item);
      changed();
      await compactIfDue();
    });
  }

  return {
    all: () => [...items.values()],
    get: (id) => items.get(id),
    put(batch) {
      // Copied now: the caller may change its objects after the call.
      const copies = batch.map((item) => structuredClone(item));
      return putWith(() => copies);
    },
    putWith,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    delete(ids) {
      const present = ids.filter((id) => items.has(id));
      if (present.length === 0) return Promise.resolve();
      return enqueue(async () => {
        await append({ op: 'delete', ids: present });
        for (const id of present) items.delete(id);
        changed();
        await compactIfDue();
      });
    },
    get recovery() {
      return recovery;
    },
    close() {
      // Idempotent: the app and the tests may both close on the way out.
      closing ??= (async () => {
        await queue;
        closed = true;
        try {
          await journal.close();
        } finally {
          await lock.release();
        }
      })();
      return closing;
    },
  };
}

function serialize(items: Map<string, Annotation>): string {
  return `${JSON.stringify({
    format: STORE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    savedAt: new Date().toISOString(),
    items: [...items.values()],
  })}\n`;
}

/** Makes renames and new files in `dir` durable (not possible, nor needed, on Windows). */
function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
