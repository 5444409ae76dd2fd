// The renderer's only door to the app: window.reader, wrapped once so every
// call returns plain values or throws a ReaderError with a code to act on.
import type { ReaderApi } from '../../../common/api';
import { createClient } from '../../../common/client';
import {
  ReaderError,
  isReaderErrorData,
  type Envelope,
  type ReaderErrorData,
} from '../../../common/errors';

export function connectToApp(): ReaderApi | null {
  const bridge = window.reader;
  if (!bridge) return null;
  return createClient((method, args) => {
    const call = bridge[method] as (...callArgs: unknown[]) => Promise<Envelope>;
    return call(...args);
  });
}

/** Any thrown value as { code, message }, so the UI can always show something true. */
export function describeError(error: unknown): ReaderErrorData {
  if (error instanceof ReaderError) return error.toData();
  if (isReaderErrorData(error)) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: message || 'Something went wrong.' };
}
