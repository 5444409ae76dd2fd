// Errors that cross the process boundary. { code, message, text? } crosses:
// the UI chooses what to show by code, and says the message in its own
// language where `text` names it in the catalogues (renderer/src/i18n), or
// as written (in English) where it does not.

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

/**
 * The messages the main process can have the interface say in its
 * language: each is `error.<id>` in every catalogue, and `message` says the
 * same in English.
 */
export const READER_ERROR_TEXT_IDS = [
  'storage',
  'storage.lead.highlights',
  'storage.lead.change',
  'storage.lead.settings',
  'storage.lead.readingPlace',
  'storage.lead.pdf',
  'storage.reason.full',
  'storage.reason.quota',
  'storage.reason.readOnly',
  'storage.reason.forbidden',
  'storage.reason.fileInTheWay',
  'storage.reason.folderInTheWay',
  'storage.reason.io',
  'storage.reason.other',
  'search.notReady',
  'search.indexing',
  'article.notFound',
  'collection.missing',
  'collection.damaged',
  'collection.articleMissing',
  'collection.articleDamaged',
  'collection.unreadable',
  'collection.notJson',
  'storage.lock.otherCopy',
  'storage.lock.contended',
  'import.tooLarge',
] as const;
export type ReaderErrorTextId = (typeof READER_ERROR_TEXT_IDS)[number];

/** A message by its catalogue id, with its values: words (paths, names), numbers or messages of their own. */
export interface ReaderErrorText {
  id: ReaderErrorTextId;
  values?: Record<string, string | number | ReaderErrorText>;
}

export interface ReaderErrorData {
  code: ReaderErrorCode;
  message: string;
  text?: ReaderErrorText;
}

export class ReaderError extends Error implements ReaderErrorData {
  override readonly name = 'ReaderError';
  constructor(
    readonly code: ReaderErrorCode,
    message: string,
    readonly text?: ReaderErrorText,
  ) {
    super(message);
  }

  toData(): ReaderErrorData {
    return { code: this.code, message: this.message, ...(this.text && { text: this.text }) };
  }
}

/** Nested no deeper than a lead and a reason inside a sentence: a deeper one is not from this app. */
const MAX_TEXT_DEPTH = 3;

export function isReaderErrorText(value: unknown, depth = 0): value is ReaderErrorText {
  if (typeof value !== 'object' || value === null || depth >= MAX_TEXT_DEPTH) return false;
  const v = value as Record<string, unknown>;
  if (!(READER_ERROR_TEXT_IDS as readonly string[]).includes(v.id as string)) return false;
  if (v.values === undefined) return true;
  if (typeof v.values !== 'object' || v.values === null || Array.isArray(v.values)) return false;
  return Object.values(v.values).every(
    (field) =>
      typeof field === 'string' ||
      (typeof field === 'number' && Number.isFinite(field)) ||
      isReaderErrorText(field, depth + 1),
  );
}

export function isReaderErrorData(value: unknown): value is ReaderErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.message === 'string' &&
    typeof v.code === 'string' &&
    (READER_ERROR_CODES as readonly string[]).includes(v.code) &&
    (v.text === undefined || isReaderErrorText(v.text))
  );
}

/** What every API call returns over IPC: errors travel as data, not as throws. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ReaderErrorData };
