// The annotations store: a snapshot plus an append-only journal, so that a
// create, update or delete costs one short appended line and one fdatasync
// instead of rewriting every highlight the reader has ever made.
//
//   annotations.json          snapshot: every annotation at the last compaction
//   annotations.journal       one JSON line per change since then
//   annotations.backup.json   the snapshot before the last compaction
//
// Durability: a change resolves only after its line is fdatasynced. A kill
// mid-append leaves at most a torn last line, which was never acknowledged and
// is dropped on load. Compaction renames the snapshot to the backup, writes the
// new snapshot atomically (temp file, fsync, rename), then empties the journal;
// journal lines are whole items or deletions, so replaying them over a snapshot
// that already contains them changes nothing, and a kill between any two steps
// loads the same state. A file that cannot be read is moved aside, never
// deleted, and the backup is used; `recovery` says so for the UI.
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { mkdir, open, readFile, rename, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { AnnotationSchema, type Annotation } from '../../common/annotations';
import {
  CURRENT_SCHEMA_VERSION,
  JournalEntrySchema,
  SchemaVersionError,
  SnapshotSchema,
  STORE_FORMAT,
  migrateItem,
  migrateSnapshot,
  snapshotVersion,
  type JournalEntry,
} from './schema';

export const STORE_FILES = {
  snapshot: 'annotations.json',
  journal: 'annotations.journal',
  backup: 'annotations.backup.json',
} as const;

export interface StoreRecovery {
  message: string;
  movedAsideTo: string;
  restoredFromBackup: boolean;
}

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
  /** Waits for pending writes and closes the journal. */
  close(): Promise<void>;
}

/** A put was refused because the annotation does not match the schema; nothing was written. */
export class InvalidAnnotationError extends Error {
  override readonly name = 'InvalidAnnotationError';
}

const defaultCompactAfter = (count: number) => Math.max(500, Math.floor(count / 4));

export async function openAnnotationStore(
  options: AnnotationStoreOptions,
): Promise<AnnotationStore> {
  const log = options.log ?? ((m: string) => console.warn(m));
  const compactAfter = options.compactAfter ?? defaultCompactAfter;
  const paths = {
    snapshot: join(options.dir, STORE_FILES.snapshot),
    journal: join(options.dir, STORE_FILES.journal),
    backup: join(options.dir, STORE_FILES.backup),
  };
  await mkdir(options.dir, { recursive: true });

  const loaded = await load(paths, log);
  const items = loaded.items;
  const recovery = loaded.recovery;
  let journalLines = loaded.journalLines;
  const journal: FileHandle = await open(paths.journal, 'a');
  syncDirectory(options.dir);
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
    const { size } = await journal.stat();
    try {
      await journal.write(`${JSON.stringify({ v: CURRENT_SCHEMA_VERSION, ...entry })}\n`);
      await journal.datasync();
    } catch (error) {
      // A failed write (disk full) may leave part of a line: cut it off so
      // the next change starts on a clean line instead of gluing onto it.
      await journal
        .truncate(size)
        .catch((cutError: unknown) =>
          log(`Could not remove a partly written annotation change: ${String(cutError)}`),
        );
      throw error;
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
    await writeFileAtomic(paths.snapshot, text, { fsync: true });
    syncDirectory(options.dir);
    await journal.truncate(0);
    await journal.datasync();
    journalLines = 0;
  }

  if (loaded.needsRewrite) {
    // A migrated, recovered or torn store is written out whole at once, so the
    // journal never mixes schema versions and a torn tail is not appended to.
    await compact();
  } else if (!(await exists(paths.backup)) && (await exists(paths.snapshot))) {
    await writeFileAtomic(paths.backup, await readFile(paths.snapshot), { fsync: true });
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
          throw new InvalidAnnotationError(
            `${issue?.path.join('.') || 'annotation'}: ${issue?.message}`,
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
        await journal.close();
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

interface Loaded {
  items: Map<string, Annotation>;
  journalLines: number;
  needsRewrite: boolean;
  recovery?: StoreRecovery;
}

type Paths = { snapshot: string; journal: string; backup: string };

class Unreadable extends Error {}

async function load(paths: Paths, log: (m: string) => void): Promise<Loaded> {
  let snapshot: { items: Annotation[]; version: number } | undefined;
  let fromBackup = false;
  let recovery: StoreRecovery | undefined;

  // With no snapshot but a backup, a kill fell between "snapshot → backup" and
  // writing the new snapshot: the backup plus the journal is the current state.
  const primary = (await exists(paths.snapshot)) ? paths.snapshot : paths.backup;
  try {
    snapshot = await readSnapshot(primary);
  } catch (error) {
    const movedAsideTo = await moveAside(primary);
    const reason = (error as Error).message;
    if (primary === paths.snapshot) {
      try {
        snapshot = await readSnapshot(paths.backup);
        fromBackup = snapshot !== undefined;
      } catch (backupError) {
        log(`The annotations backup cannot be read either: ${(backupError as Error).message}`);
      }
    }
    recovery = {
      message: fromBackup
        ? `Your highlights file could not be read (${reason}). It was kept as ${movedAsideTo}, and the last good backup is in use; changes made since that backup may be missing.`
        : `Your highlights file could not be read (${reason}) and there is no usable backup. It was kept as ${movedAsideTo}; the notebook starts empty.`,
      movedAsideTo,
      restoredFromBackup: fromBackup,
    };
    log(recovery.message);
  }

  const items = new Map<string, Annotation>();
  for (const item of snapshot?.items ?? []) items.set(item.id, item);

  let journalLines = 0;
  let needsRewrite =
    recovery !== undefined ||
    (snapshot !== undefined && snapshot.version !== CURRENT_SCHEMA_VERSION);
  try {
    const replay = await readJournal(paths.journal, snapshot?.version ?? CURRENT_SCHEMA_VERSION);
    for (const entry of replay.entries) applyEntry(items, entry);
    journalLines = replay.entries.length;
    if (replay.tornTail) needsRewrite = true;
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    const movedAsideTo = await moveAside(paths.journal);
    const message = `Your recent highlight changes could not be read (${error.message}). They were kept as ${movedAsideTo}; the highlights saved before them are in use.`;
    recovery ??= { message, movedAsideTo, restoredFromBackup: false };
    log(message);
    needsRewrite = true;
  }
  return { items, journalLines, needsRewrite, recovery };
}

/** The snapshot's items, migrated; undefined if there is no file; throws if unreadable. */
async function readSnapshot(
  path: string,
): Promise<{ items: Annotation[]; version: number } | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`it is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if ((raw as { format?: unknown } | null)?.format !== STORE_FORMAT) {
    throw new Error('it is not an annotations file');
  }
  let version: number;
  try {
    version = snapshotVersion(raw);
  } catch (error) {
    if (error instanceof SchemaVersionError) throw new Error(error.message, { cause: error });
    throw error;
  }
  const parsed = SnapshotSchema.safeParse(migrateSnapshot(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`it does not match its schema (${issue?.path.join('.')}: ${issue?.message})`);
  }
  return { items: parsed.data.items, version };
}

async function readJournal(
  path: string,
  snapshotVersion: number,
): Promise<{ entries: JournalEntry[]; tornTail: boolean }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], tornTail: false };
    throw error;
  }
  const lines = text.split('\n');
  // Everything after the last newline was never acknowledged (a kill mid-append).
  const tail = lines.pop() ?? '';
  const entries: JournalEntry[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let raw: { v?: unknown; items?: unknown[] };
    try {
      raw = JSON.parse(line) as typeof raw;
    } catch {
      throw new Unreadable(`line ${index + 1} is not valid JSON`);
    }
    const version = typeof raw.v === 'number' ? raw.v : snapshotVersion;
    if (version > CURRENT_SCHEMA_VERSION) {
      throw new Unreadable(`line ${index + 1} was written by a newer version of the app`);
    }
    const upgraded = Array.isArray(raw.items)
      ? { ...raw, items: raw.items.map((item) => migrateItem(item, version)) }
      : raw;
    const parsed = JournalEntrySchema.safeParse(upgraded);
    if (!parsed.success) throw new Unreadable(`line ${index + 1} does not match its schema`);
    entries.push(parsed.data);
  });
  return { entries, tornTail: tail.length > 0 };
}

function applyEntry(items: Map<string, Annotation>, entry: JournalEntry): void {
  if (entry.op === 'put') for (const item of entry.items) items.set(item.id, item);
  else for (const id of entry.ids) items.delete(id);
}

async function moveAside(path: string): Promise<string> {
  const aside = `${path}.unreadable-${Date.now()}`;
  await rename(path, aside);
  return aside;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
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
