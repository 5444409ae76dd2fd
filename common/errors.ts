// Errors that cross the process boundary. Only { code, message } crosses, so
// the UI can choose what to show by code and show the message as written.

export const READER_ERROR_CODES = [
  'invalid-argument',
  /** A file the reader chose (an import) is not what it should be; the message is for them. */
  'invalid-file',
  'unknown-method',
  'not-found',
  'collection-unavailable',
  'search-unavailable',
  'storage-failed',
  'forbidden',
  'internal',
] as const;
export type ReaderErrorCode = (typeof READER_ERROR_CODES)[number];

export interface ReaderErrorData {
  code: ReaderErrorCode;
  message: string;
}

export class ReaderError extends Error implements ReaderErrorData {
  override readonly name = 'ReaderError';
  constructor(
    readonly code: ReaderErrorCode,
    message: string,
  ) {
    super(message);
  }

  toData(): ReaderErrorData {
    return { code: this.code, message: this.message };
  }
}

export function isReaderErrorData(value: unknown): value is ReaderErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.message === 'string' &&
    typeof v.code === 'string' &&
    (READER_ERROR_CODES as readonly string[]).includes(v.code)
  );
}

/** What every API call returns over IPC: errors travel as data, not as throws. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ReaderErrorData };
