// A small JSON document on disk that is never torn and never silently lost:
// writes replace it durably (temp file written whole, fsync, rename:
// durable-write.ts), so a crash or a full disk leaves the old or the new file; a file that cannot be read or fails its
// schema is moved aside (kept for the user) and the defaults are used.
import { readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { replaceFileDurably } from './durable-write';
import { asStorageError, type StorageLead } from './storage-errors';
import type { z } from 'zod';
import { ReaderError } from '../../common/errors';

export interface JsonFileOptions<T> {
  path: string;
  schema: z.ZodType<T>;
  defaults: () => T;
  /** Where problems are reported; they are never swallowed. */
  log?: (message: string) => void;
  /** What a failed save says could not be saved (storage-errors.ts STORAGE_LEADS). */
  saveLead: StorageLead;
}

export interface JsonFile<T> {
  /** The current value (read once, then kept in memory). */
  read(): Promise<T>;
  /**
   * Computes the next value from the current one and stores it; resolves with
   * it once it is durably on disk. Updates apply in call order, so two
   * concurrent updates never lose each other's change.
   */
  update(change: (current: T) => T): Promise<T>;
  /** Set when the file on disk was unreadable and moved aside at load. */
  readonly recoveredFrom: string | undefined;
}

export function openJsonFile<T>(options: JsonFileOptions<T>): JsonFile<T> {
  const log = options.log ?? ((m) => console.warn(m));
  let loaded: Promise<T> | undefined;
  let recoveredFrom: string | undefined;
  // Writes are chained so they reach the disk in call order.
  let queue: Promise<void> = Promise.resolve();

  async function load(): Promise<T> {
    let problem: string;
    try {
      const text = await readFile(options.path, 'utf8');
      try {
        const parsed = options.schema.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
        problem = parsed.error.issues[0]?.message ?? 'does not match its schema';
      } catch (error) {
        problem = `is not valid JSON (${(error as Error).message})`;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return options.defaults();
      // A folder or an unreadable file in its place: keep it, start afresh.
      problem = `could not be read (${(error as Error).message})`;
    }
    const aside = `${options.path}.unreadable-${Date.now()}`;
    try {
      await rename(options.path, aside);
    } catch (error) {
      throw new ReaderError(
        'storage-failed',
        `${options.path} ${problem}, and could not be moved aside (${(error as Error).message}).`,
      );
    }
    recoveredFrom = aside;
    log(`${options.path} ${problem}; moved it to ${aside} and started from defaults.`);
    return options.defaults();
  }

  return {
    read() {
      loaded ??= load();
      return loaded;
    },
    update(change) {
      const run = queue.then(async () => {
        const current = await (loaded ??= load());
        const next = change(current);
        try {
          await replaceFileDurably(options.path, `${JSON.stringify(next, null, 2)}\n`, log);
        } catch (error) {
          throw asStorageError(error, dirname(options.path), options.saveLead);
        }
        // Only a value that reached the disk becomes the current one.
        loaded = Promise.resolve(next);
        return next;
      });
      // Keep the chain alive after a failure; the caller still sees the error.
      queue = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },
    get recoveredFrom() {
      return recoveredFrom;
    },
  };
}
