// What the reader is told when the profile folder refuses a write (the
// annotations store, settings, reading positions): the file system's error
// code becomes one plain reason, so a full disk reads as "the disk is full"
// (code 'storage-failed') and never as an internal error.
import { ReaderError, type ReaderErrorText, type ReaderErrorTextId } from '../../common/errors';

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

/** What could not be saved, leading the reason in the reader's message. */
export const STORAGE_LEADS = {
  highlights: CANNOT_SAVE,
  change: 'This change was not saved',
  settings: 'Your settings could not be saved',
  readingPlace: 'Your reading place could not be saved',
  pdf: 'The PDF could not be saved',
} as const;
export type StorageLead = keyof typeof STORAGE_LEADS;

/** Why writing in `dir` failed, as a phrase for the reader, in English and by its catalogue id. */
export function storageReason(
  error: unknown,
  dir: string,
): { english: string; text: ReaderErrorText } {
  const failure = error as NodeJS.ErrnoException;
  const path = failure.path ?? dir;
  const reason = (
    id: ReaderErrorTextId,
    english: string,
    values: Record<string, string> = { dir },
  ) => ({ english, text: { id, values } });
  switch (errnoCode(error)) {
    case 'ENOSPC':
      return reason(
        'storage.reason.full',
        `the disk is full (${dir}); free some space, then try again`,
      );
    case 'EDQUOT':
      return reason(
        'storage.reason.quota',
        `the disk is full: your disk quota is used up (${dir}); free some space, then try again`,
      );
    case 'EROFS':
      return reason('storage.reason.readOnly', `the folder ${dir} is read-only`);
    case 'EACCES':
    case 'EPERM':
      return reason('storage.reason.forbidden', `the app is not allowed to write in ${dir}`);
    case 'ENOTDIR':
    case 'EEXIST':
      return reason(
        'storage.reason.fileInTheWay',
        `a file stands where the folder ${dir} should be`,
      );
    case 'EISDIR':
      return reason('storage.reason.folderInTheWay', `${path} is a folder where a file should be`, {
        path,
      });
    case 'EIO':
      return reason('storage.reason.io', `the disk reported a read or write error (${path})`, {
        path,
      });
    default:
      return reason('storage.reason.other', `${path} could not be written (${failure.message})`, {
        path,
        detail: failure.message,
      });
  }
}

/** Why writing in `dir` failed, as a phrase for the reader. */
export function storageProblem(error: unknown, dir: string): string {
  return storageReason(error, dir).english;
}

/** "<lead>: <reason>." as a ReaderError('storage-failed'), in English and for the catalogues. */
export function storageFailure(lead: StorageLead, error: unknown, dir: string): ReaderError {
  const reason = storageReason(error, dir);
  return new ReaderError('storage-failed', `${STORAGE_LEADS[lead]}: ${reason.english}.`, {
    id: 'storage',
    values: { lead: { id: `storage.lead.${lead}` }, reason: reason.text },
  });
}

/**
 * A file system failure as a ReaderError('storage-failed') that says why,
 * led by `lead`; anything else (a bug) is returned unchanged, to be seen as one.
 */
export function asStorageError(
  error: unknown,
  dir: string,
  lead: StorageLead = 'highlights',
): unknown {
  if (error instanceof ReaderError || errnoCode(error) === undefined) return error;
  return storageFailure(lead, error, dir);
}
