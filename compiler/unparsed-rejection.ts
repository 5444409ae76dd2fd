// The rejections a file's name or its few bytes decide: an unsupported type,
// an empty or whitespace-only file. They are found on the main thread
// without parsing anything, so a rebuild whose only misses are such files
// (rejected files are never cached) starts no worker thread, which costs
// more than the whole rest of an unchanged rebuild.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeSourceText } from './decode';
import { requireFormat } from './limits';
import { SourceRejected } from './rejection';
import type { Rejection } from './types';

/** Files this small are read on the spot to see whether they hold any text at all. */
const SMALL_FILE_BYTES = 4096;

/**
 * The rejection compileFile would give the file, when deciding it needs no
 * parser; undefined for anything else, a file that cannot be read included:
 * compileFile says why.
 */
export async function rejectionWithoutParsing(sourcePath: string): Promise<Rejection | undefined> {
  try {
    requireFormat(path.basename(sourcePath));
    const info = await stat(sourcePath);
    if (info.isFile() && info.size <= SMALL_FILE_BYTES) {
      decodeSourceText(await readFile(sourcePath));
    }
    return undefined;
  } catch (error) {
    if (!(error instanceof SourceRejected)) return undefined;
    return { path: sourcePath, code: error.code, reason: error.message };
  }
}
