// A disk that fills up, for the annotations journal only: wraps
// node:fs/promises' open (for vi.mock) so the journal's handle takes at most
// `space` more bytes, as a full disk does (a short write, then ENOSPC), or
// `largestWrite` bytes per write, and can be told to fail its next fdatasync or truncate. Everything else is the
// real file system.
import type * as FsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

export const journalDisk = {
  /** Bytes the journal may still grow by. */
  space: Infinity,
  /** The most one write takes (a short write with room left, as a pipe or a busy disk may give). */
  largestWrite: Infinity,
  /** How many of the next truncates fail with EIO. */
  failingCuts: 0,
  /** How many of the next fdatasyncs fail with EIO. */
  failingSyncs: 0,
  /** When set, opening the journal fails with this code. */
  openFailure: undefined as string | undefined,
  reset() {
    this.space = Infinity;
    this.largestWrite = Infinity;
    this.failingCuts = 0;
    this.failingSyncs = 0;
    this.openFailure = undefined;
  },
};

export function errnoError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated failure, ${syscall}`), {
    code,
    syscall,
    ...(path ? { path } : {}),
  });
}

export function withJournalFaults(real: typeof FsPromises): typeof FsPromises {
  const open = (async (path: Parameters<typeof real.open>[0], ...rest: unknown[]) => {
    const isJournal = String(path).endsWith('annotations.journal');
    if (isJournal && journalDisk.openFailure) {
      throw errnoError(journalDisk.openFailure, 'open', String(path));
    }
    const handle = await (real.open as (...a: unknown[]) => Promise<FileHandle>)(path, ...rest);
    return isJournal ? faulty(handle) : handle;
  }) as typeof real.open;
  return { ...real, open, default: { ...real, open } } as typeof FsPromises;
}

function faulty(handle: FileHandle): FileHandle {
  async function write(data: Buffer | string, offset?: number, length?: number) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const start = typeof data === 'string' ? 0 : (offset ?? 0);
    const wanted = typeof data === 'string' ? bytes.length : (length ?? bytes.length - start);
    if (journalDisk.space <= 0) throw errnoError('ENOSPC', 'write');
    const taken = Math.min(wanted, journalDisk.space, journalDisk.largestWrite);
    journalDisk.space -= taken;
    const { bytesWritten } = await handle.write(bytes, start, taken);
    return { bytesWritten, buffer: data };
  }
  async function datasync() {
    if (journalDisk.failingSyncs > 0) {
      journalDisk.failingSyncs--;
      throw errnoError('EIO', 'fdatasync');
    }
    return handle.datasync();
  }
  async function truncate(size?: number) {
    if (journalDisk.failingCuts > 0) {
      journalDisk.failingCuts--;
      throw errnoError('EIO', 'ftruncate');
    }
    return handle.truncate(size);
  }
  const overrides: Record<string, unknown> = { write, datasync, truncate };
  return new Proxy(handle, {
    get(target, property) {
      if (typeof property === 'string' && property in overrides) return overrides[property];
      const value = Reflect.get(target, property) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}
