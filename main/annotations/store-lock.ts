// One writer per annotations folder. Two writers would each compact their own
// view and erase the other's acknowledged changes, so the store takes a lock
// file on open instead of relying on the app's single-instance lock.
//
// The lock holds its owner's pid, a random token and when it was taken. A
// lock whose process is gone (or that dates from before this boot, so its
// pid may now be another program's) is stale and is taken over. In this
// process, a lock is held only while its token is in `heldTokens`: a second
// store in the same process is refused too, and a lock left by an earlier
// process that happened to have this pid is recognised as stale.
import { randomUUID } from 'node:crypto';
import { open, readFile, unlink } from 'node:fs/promises';
import { uptime } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ReaderError } from '../../common/errors';
import { CANNOT_SAVE, asStorageError, errnoCode } from '../storage/storage-errors';

export const LOCK_FILE = 'annotations.lock';

interface LockOwner {
  pid: number;
  token: string;
  startedAt: string;
}

export interface StoreLock {
  /** Removes the lock file if it is still this lock's. */
  release(): Promise<void>;
}

const heldTokens = new Set<string>();
/** Boot time is known only to about a second, and clocks drift: be generous. */
const BOOT_TIME_SLACK_MS = 5 * 60_000;

export async function acquireStoreLock(
  dir: string,
  log: (message: string) => void,
): Promise<StoreLock> {
  const path = join(dir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    token: randomUUID(),
    startedAt: new Date().toISOString(),
  };
  // Held from before the file exists: a second open in this process that
  // reads the new lock before this one returns must see it as alive.
  heldTokens.add(owner.token);
  try {
    // A second attempt follows a stale lock removed, or a lock released meanwhile.
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await tryCreate(path, owner, dir, log)) {
        return { release: () => release(path, owner.token, log) };
      }
      const holder = await readOwner(path);
      if (holder === 'gone') continue;
      if (holder !== 'unreadable' && isAlive(holder)) {
        throw new ReaderError(
          'storage-failed',
          `${CANNOT_SAVE}: another copy of the app (process ${holder.pid}) is using ${dir}. Close it, then start this one again; if no other copy is running, delete ${path}.`,
          { id: 'storage.lock.otherCopy', values: { pid: String(holder.pid), dir, path } },
        );
      }
      log(
        holder === 'unreadable'
          ? `Taking over the unfinished annotations lock ${path}: its writer stopped while taking it.`
          : `Taking over the annotations lock of process ${holder.pid}, which is no longer running.`,
      );
      await unlink(path).catch((error: unknown) => {
        if (errnoCode(error) !== 'ENOENT') throw asStorageError(error, dir);
      });
    }
    throw new ReaderError(
      'storage-failed',
      `${CANNOT_SAVE}: the lock ${path} keeps being taken by another copy of the app.`,
      { id: 'storage.lock.contended', values: { path } },
    );
  } catch (error) {
    heldTokens.delete(owner.token);
    throw asStorageError(error, dir);
  }
}

/** Creates the lock file with its owner; false if a lock file is already there. */
async function tryCreate(
  path: string,
  owner: LockOwner,
  dir: string,
  log: (message: string) => void,
): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false;
    throw asStorageError(error, dir);
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
    await handle.close();
  } catch (error) {
    // An empty lock of ours (a full disk) must not keep the next start out.
    await handle.close().catch((e: unknown) => log(`Closing ${path} failed: ${String(e)}`));
    await unlink(path).catch((e: unknown) => log(`Removing ${path} failed: ${String(e)}`));
    throw asStorageError(error, dir);
  }
  return true;
}

/**
 * The lock's owner. A lock is created empty and then filled, so an empty or
 * partial one is read again a few times before it counts as abandoned.
 */
async function readOwner(path: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  for (let attempt = 0; attempt < 5; attempt++) {
    if (attempt > 0) await sleep(20);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return 'gone';
      throw error;
    }
    const owner = parseOwner(text);
    if (owner) return owner;
  }
  return 'unreadable';
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const raw = JSON.parse(text) as Partial<LockOwner>;
    if (
      Number.isInteger(raw.pid) &&
      typeof raw.token === 'string' &&
      typeof raw.startedAt === 'string'
    ) {
      return raw as LockOwner;
    }
  } catch {
    // Not (yet) a whole lock: the caller reads it again.
  }
  return undefined;
}

function isAlive(owner: LockOwner): boolean {
  if (owner.pid === process.pid) return heldTokens.has(owner.token);
  const bootedAt = Date.now() - uptime() * 1000;
  if (Date.parse(owner.startedAt) < bootedAt - BOOT_TIME_SLACK_MS) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errnoCode(error) !== 'ESRCH';
  }
}

async function release(path: string, token: string, log: (m: string) => void): Promise<void> {
  if (!heldTokens.delete(token)) return;
  try {
    const owner = parseOwner(await readFile(path, 'utf8'));
    if (owner?.token === token) await unlink(path);
    else log(`The annotations lock ${path} was taken over meanwhile; it is left in place.`);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
    log(`The annotations lock ${path} was already gone.`);
  }
}
