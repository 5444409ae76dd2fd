// The calling end of the contract: turns an invoke function into ReaderApi,
// unwrapping envelopes so callers get values or ReaderError throws.
import { READER_METHODS, type ReaderApi, type ReaderMethod } from './api';
import { ReaderError, isReaderErrorData, type Envelope } from './errors';

export type Invoke = (method: ReaderMethod, args: unknown[]) => Promise<Envelope>;

export function createClient(invoke: Invoke): ReaderApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of READER_METHODS) {
    api[method] = async (...args) => unwrap(await invoke(method, args));
  }
  return Object.freeze(api) as unknown as ReaderApi;
}

export function unwrap(envelope: Envelope): unknown {
  if (envelope.ok) return envelope.value;
  const error = isReaderErrorData(envelope.error)
    ? envelope.error
    : { code: 'internal' as const, message: 'The app answered with an unreadable error.' };
  throw new ReaderError(error.code, error.message);
}
