// The journal: one JSON line per change since the snapshot. A line counts
// only once it is whole and fdatasynced; a line that could not be finished is
// cut off again, so the next one never starts glued onto a torn line.
import { open, readFile } from 'node:fs/promises';
import { writeAll } from '../storage/durable-write';
import { withPath } from '../storage/storage-errors';
import {
  CURRENT_SCHEMA_VERSION,
  JournalEntrySchema,
  migrateItem,
  type JournalEntry,
} from './schema';

/** A line that cannot be applied: kept on disk by the caller, skipped alone. */
export interface DamagedLine {
  line: number;
  reason: string;
}

export interface JournalContents {
  entries: JournalEntry[];
  damaged: DamagedLine[];
  /** Bytes after the last newline: a write that was never acknowledged. */
  tornTail: boolean;
}

/** The journal's changes, in order; throws only if the file cannot be read at all. */
export async function readJournal(path: string, snapshotVersion: number): Promise<JournalContents> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { entries: [], damaged: [], tornTail: false };
    }
    throw withPath(error, path);
  }
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const entries: JournalEntry[] = [];
  const damaged: DamagedLine[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = parseLine(line, snapshotVersion);
    if (typeof parsed === 'string') damaged.push({ line: index + 1, reason: parsed });
    else entries.push(parsed);
  });
  return { entries, damaged, tornTail: tail.length > 0 };
}

/** The entry on one line, or why it cannot be used. */
function parseLine(line: string, snapshotVersion: number): JournalEntry | string {
  let raw: { v?: unknown; items?: unknown[] };
  try {
    raw = JSON.parse(line) as typeof raw;
  } catch {
    return 'it is not valid JSON';
  }
  const version = typeof raw?.v === 'number' ? raw.v : snapshotVersion;
  if (version > CURRENT_SCHEMA_VERSION) return 'it was written by a newer version of the app';
  const upgraded = Array.isArray(raw?.items)
    ? { ...raw, items: raw.items.map((item) => migrateItem(item, version)) }
    : raw;
  const parsed = JournalEntrySchema.safeParse(upgraded);
  if (!parsed.success) return 'it is not a valid change';
  return parsed.data;
}

export interface JournalWriter {
  /** Resolves once the whole line is on disk; on failure the journal is as it was. */
  append(entry: JournalEntry): Promise<void>;
  /** Empties the journal (after its changes are in the snapshot). */
  clear(): Promise<void>;
  close(): Promise<void>;
}

export async function openJournalWriter(
  path: string,
  log: (message: string) => void,
): Promise<JournalWriter> {
  const handle = await open(path, 'a');
  let size: number;
  try {
    size = (await handle.stat()).size;
  } catch (error) {
    await handle.close();
    throw error;
  }
  // Set when cutting off a failed line failed too: the next append cuts first.
  let tornBytes = false;

  async function cutBack(): Promise<void> {
    await handle.truncate(size);
    await handle.datasync();
    tornBytes = false;
  }

  return {
    async append(entry) {
      if (tornBytes) await cutBack();
      const line = Buffer.from(`${JSON.stringify({ v: CURRENT_SCHEMA_VERSION, ...entry })}\n`);
      try {
        await writeAll(handle, line);
        await handle.datasync();
      } catch (error) {
        tornBytes = true;
        await cutBack().catch((cutError: unknown) =>
          log(`Could not yet remove a partly written annotation change: ${String(cutError)}`),
        );
        throw error;
      }
      size += line.length;
    },
    async clear() {
      await handle.truncate(0);
      await handle.datasync();
      size = 0;
      tornBytes = false;
    },
    close: () => handle.close(),
  };
}
