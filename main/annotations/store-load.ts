// Reading the store at start: the snapshot (or its backup) plus the journal
// replayed over it. Damage is kept on disk and reported, never deleted: an
// unreadable snapshot is moved aside and the backup used; a damaged journal
// line is skipped alone, and a copy of the journal is kept, so one bad line
// never hides the changes after it. In read-only mode (a store that cannot
// be written) nothing on disk is touched: what can be read is used.
import { constants } from 'node:fs';
import { copyFile, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annotation } from '../../common/annotations';
import { readJournal, type DamagedLine, type JournalContents } from './journal';
import {
  CURRENT_SCHEMA_VERSION,
  SchemaVersionError,
  SnapshotSchema,
  STORE_FORMAT,
  migrateSnapshot,
  snapshotVersion,
  type JournalEntry,
} from './schema';

export interface StoreRecovery {
  message: string;
  movedAsideTo: string;
  restoredFromBackup: boolean;
  /** Journal lines (changes) that could not be read and were left out. */
  unreadableChanges?: number;
}

export const STORE_FILES = {
  snapshot: 'annotations.json',
  journal: 'annotations.journal',
  backup: 'annotations.backup.json',
} as const;

export type StorePaths = { snapshot: string; journal: string; backup: string };

export function storePaths(dir: string): StorePaths {
  return {
    snapshot: join(dir, STORE_FILES.snapshot),
    journal: join(dir, STORE_FILES.journal),
    backup: join(dir, STORE_FILES.backup),
  };
}

export interface LoadedStore {
  items: Map<string, Annotation>;
  journalLines: number;
  /** The files must be written out whole before the journal is appended to. */
  needsRewrite: boolean;
  recovery?: StoreRecovery;
}

export async function loadStore(
  paths: StorePaths,
  log: (message: string) => void,
  mode: 'writable' | 'read-only',
): Promise<LoadedStore> {
  const writable = mode === 'writable';
  let snapshot: { items: Annotation[]; version: number } | undefined;
  let fromBackup = false;
  let recovery: StoreRecovery | undefined;

  // With no snapshot but a backup, a kill fell between "snapshot → backup" and
  // writing the new snapshot: the backup plus the journal is the current state.
  const primary = (await exists(paths.snapshot)) ? paths.snapshot : paths.backup;
  try {
    snapshot = await readSnapshot(primary);
  } catch (error) {
    const reason = (error as Error).message;
    if (primary === paths.snapshot) {
      try {
        snapshot = await readSnapshot(paths.backup);
        fromBackup = snapshot !== undefined;
      } catch (backupError) {
        log(`The annotations backup cannot be read either: ${(backupError as Error).message}`);
      }
    }
    if (writable) {
      const movedAsideTo = await moveAside(primary);
      recovery = {
        message: fromBackup
          ? `Your highlights file could not be read (${reason}). It was kept as ${movedAsideTo}, and the last good backup is in use; changes made since that backup may be missing.`
          : `Your highlights file could not be read (${reason}) and there is no usable backup. It was kept as ${movedAsideTo}; the notebook starts empty.`,
        movedAsideTo,
        restoredFromBackup: fromBackup,
      };
      log(recovery.message);
    } else {
      log(`The highlights file ${primary} cannot be read (${reason}); it is left as it is.`);
    }
  }

  const items = new Map<string, Annotation>();
  for (const item of snapshot?.items ?? []) items.set(item.id, item);

  const version = snapshot?.version ?? CURRENT_SCHEMA_VERSION;
  let replay: JournalContents;
  try {
    replay = await readJournal(paths.journal, version);
  } catch (error) {
    // Writable, this is for the caller to report: the store cannot start.
    if (writable) throw error;
    log(`The highlights journal ${paths.journal} cannot be read: ${String(error)}`);
    replay = { entries: [], damaged: [], tornTail: false };
  }
  for (const entry of replay.entries) applyEntry(items, entry);

  // A migrated, recovered or torn store is written out whole at once, so the
  // journal never mixes schema versions and a torn tail is not appended to.
  let needsRewrite =
    recovery !== undefined ||
    (snapshot !== undefined && snapshot.version !== CURRENT_SCHEMA_VERSION) ||
    replay.tornTail;
  if (replay.damaged.length > 0) {
    if (writable) {
      const copy = await copyAside(paths.journal);
      const message = damagedLinesMessage(replay.damaged, copy);
      log(message);
      recovery = recovery
        ? { ...recovery, message: `${recovery.message} ${message}` }
        : { message, movedAsideTo: copy, restoredFromBackup: false };
      recovery.unreadableChanges = replay.damaged.length;
      // The good lines go into the new snapshot; the copy keeps the damaged ones.
      needsRewrite = true;
    } else {
      log(damagedLinesMessage(replay.damaged, paths.journal));
    }
  }
  return { items, journalLines: replay.entries.length, needsRewrite, recovery };
}

function damagedLinesMessage(damaged: readonly DamagedLine[], keptAs: string): string {
  const which = damaged
    .slice(0, 3)
    .map((d) => `line ${d.line}: ${d.reason}`)
    .join('; ');
  const more = damaged.length > 3 ? `; and ${damaged.length - 3} more` : '';
  const count =
    damaged.length === 1
      ? 'One recent highlight change'
      : `${damaged.length} recent highlight changes`;
  return `${count} could not be read (${which}${more}) and ${damaged.length === 1 ? 'is' : 'are'} left out. The journal holding ${damaged.length === 1 ? 'it' : 'them'} was kept as ${keptAs}; every other highlight and change is in use.`;
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

function applyEntry(items: Map<string, Annotation>, entry: JournalEntry): void {
  if (entry.op === 'put') for (const item of entry.items) items.set(item.id, item);
  else for (const id of entry.ids) items.delete(id);
}

async function moveAside(path: string): Promise<string> {
  const aside = `${path}.unreadable-${Date.now()}`;
  await rename(path, aside);
  return aside;
}

async function copyAside(path: string): Promise<string> {
  const aside = `${path}.unreadable-${Date.now()}`;
  await copyFile(path, aside, constants.COPYFILE_EXCL);
  return aside;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
