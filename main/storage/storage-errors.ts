// What the reader is told when the profile folder refuses a write (the
// annotations store, settings, reading positions): the file system's error
// code becomes one plain reason, so a full disk reads as "the disk is full"
// (code 'storage-failed') and never as an internal error.
import { ReaderError } from '../../common/errors';

export const CANNOT_SAVE = 'Highlights cannot be saved';

/** The error code of a failed file system call, if it is one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Names the file a failed call was about, where Node leaves it out (readFile on a folder). */
export function withPath(error: unknown, path: string): unknown {
  const failure = error as NodeJS.ErrnoException | null;
  if (errnoCode(error) !== undefined && failure && failure.path === undefined) failure.path = path;
  return error;
}

/** Why writing in `dir` failed, as a phrase for the reader. */
export function storageProblem(error: unknown, dir: string): string {
  const failure = error as NodeJS.ErrnoException;
  const path = failure.path ?? dir;
  switch (errnoCode(error)) {
    case 'ENOSPC':
      return `the disk is full (${dir}); free some space, then try again`;
    case 'EDQUOT':
      return `the disk is full: your disk quota is used up (${dir}); free some space, then try again`;
    case 'EROFS':
      return `the folder ${dir} is read-only`;
    case 'EACCES':
    case 'EPERM':
      return `the app is not allowed to write in ${dir}`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `a file stands where the folder ${dir} should be`;
    case 'EISDIR':
      return `${path} is a folder where a file should be`;
    case 'EIO':
      return `the disk reported a read or write error (${path})`;
    default:
      return `${path} could not be written (${failure.message})`;
  }
}

/**
 * A file system failure as a ReaderError('storage-failed') that says why,
 * led by `lead`; anything else (a bug) is returned unchanged, to be seen as one.
 */
export function asStorageError(error: unknown, dir: string, lead = CANNOT_SAVE): unknown {
  if (error instanceof ReaderError || errnoCode(error) === undefined) return error;
  return new ReaderError('storage-failed', `${lead}: ${storageProblem(error, dir)}.`);
}
