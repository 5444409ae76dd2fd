// The renderer's only door to the app: window.reader, wrapped once so every
// call returns plain values or throws a ReaderError with a code to act on.
import type { ReaderApi } from '../../../common/api';
import { createClient, createEventsClient, type ReaderEventsClient } from '../../../common/client';
import {
  ReaderError,
  isReaderErrorData,
  type Envelope,
  type ReaderErrorData,
} from '../../../common/errors';
import { errorText } from '../i18n/error-text';

export interface AppConnection {
  api: ReaderApi;
  events: ReaderEventsClient;
}

export function connectToApp(): AppConnection | null {
  const bridge = window.reader;
  if (!bridge) return null;
  const api = createClient((method, args) => {
    const call = bridge[method] as (...callArgs: unknown[]) => Promise<Envelope>;
    return call(...args);
  });
  const events = createEventsClient(
    (event, listener) => bridge.subscribe(event, listener),
    (event, problem) => console.error(`Dropped a malformed ${event} event: ${problem}`),
  );
  return { api, events };
}

/**
 * Any thrown value as { code, message }, so the UI can always show something
 * true; the message in the interface's language where the main process
 * named it in the catalogues (i18n/error-text.ts).
 */
export function describeError(error: unknown): ReaderErrorData {
  const data = readerErrorData(error);
  const said = data.text && errorText(data.text);
  return said ? { ...data, message: said } : data;
}

function readerErrorData(error: unknown): ReaderErrorData {
  if (error instanceof ReaderError) return error.toData();
  if (isReaderErrorData(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: message || 'Something went wrong.' };
}

/**
 * Errors the app reports (ReaderError) are shown to the reader where they
 * happen; anything else is a bug in this code, so its stack goes to the
 * console as well as its message to the screen.
 */
export function logIfUnexpected(error: unknown): void {
  if (!(error instanceof ReaderError)) console.error(error);
}
