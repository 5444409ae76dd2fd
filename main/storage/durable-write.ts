// Writes that count only when every byte is on disk. A full disk may take
// part of a write and report how much without failing (write-file-atomic,
// which the app used before, does not look, and renamed a cut-off file into
// place), so every write here goes on until all bytes are written or the
// disk refuses. Every file the app keeps is written through this module.
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/** Writes all of `bytes` at the handle's position (the end, for a file opened to append). */
export async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
    if (bytesWritten <= 0) {
      // No progress and no error: a full disk is the only cause to name.
      throw Object.assign(new Error('ENOSPC: the disk accepted no more bytes, write'), {
        code: 'ENOSPC',
        syscall: 'write',
      });
    }
    written += bytesWritten;
  }
}

const TEMP_SUFFIX = '.tmp';
const TEMP_NAME = /\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temp files of replacements that a kill interrupted. Only for
 * a folder this process alone writes (the caller holds its lock).
 */
export async function removeLeftoverTempFiles(
  dir: string,
  log: (message: string) => void,
): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!TEMP_NAME.test(name)) continue;
    await unlink(join(dir, name));
    log(`Removed ${name}, left in ${dir} by an interrupted save.`);
  }
}

/**
 * Replaces `path` with `contents` atomically: a temp file beside it, written
 * whole and fsynced, then renamed over it. On failure `path` is untouched
 * and the temp file is removed. The caller syncs the folder.
 */
export async function replaceFileDurably(
  path: string,
  contents: string | Uint8Array,
  log: (message: string) => void,
): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  const handle = await open(temp, 'wx');
  try {
    await writeAll(
      handle,
      typeof contents === 'string'
        ? Buffer.from(contents)
        : Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength),
    );
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch((e: unknown) => log(`Closing ${temp} failed: ${String(e)}`));
    await unlink(temp).catch((e: unknown) => log(`Removing ${temp} failed: ${String(e)}`));
    throw error;
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch((e: unknown) => log(`Removing ${temp} failed: ${String(e)}`));
    throw error;
  }
}
