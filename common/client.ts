// The calling end of the contract: turns an invoke function into ReaderApi,
// unwrapping envelopes so callers get values or ReaderError throws, and a
// subscribe function into checked events.
import type { ZodType } from 'zod';
import {
  READER_METHODS,
  readerContract,
  readerEvents,
  type ReaderApi,
  type ReaderEvent,
  type ReaderEventPayload,
  type ReaderMethod,
} from './api';
import { ReaderError, isReaderErrorData, type Envelope } from './errors';

export type Invoke = (method: ReaderMethod, args: unknown[]) => Promise<Envelope>;

export function createClient(invoke: Invoke): ReaderApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of READER_METHODS) {
    const declared = readerContract[method];
    const schema: ZodType | undefined =
      'resultSchema' in declared ? declared.resultSchema : undefined;
    api[method] = async (...args) => {
      const value = unwrap(await invoke(method, args));
      return schema ? checkResult(method, schema, value) : value;
    };
  }
  return Object.freeze(api) as unknown as ReaderApi;
}

/** An answer that is not what the contract promises is refused, never half-shown. */
function checkResult(method: ReaderMethod, schema: ZodType, value: unknown): unknown {
  const checked = schema.safeParse(value);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new ReaderError(
    'internal',
    `${method} answered with something the app cannot read${where}: ${issue?.message ?? 'invalid'}.`,
  );
}

export function unwrap(envelope: Envelope): unknown {
  if (envelope.ok) return envelope.value;
  const error = isReaderErrorData(envelope.error)
    ? envelope.error
    : { code: 'internal' as const, message: 'The app answered with an unreadable error.' };
  throw new ReaderError(error.code, error.message, 'text' in error ? error.text : undefined);
}

/** Listening for the events of the contract, each payload checked against its schema. */
export interface ReaderEventsClient {
  on<E extends ReaderEvent>(
    event: E,
    listener: (payload: ReaderEventPayload<E>) => void,
  ): () => void;
}

export function createEventsClient(
  subscribe: (event: ReaderEvent, listener: (payload: unknown) => void) => () => void,
  /** A payload that fails its schema is dropped and reported here, never passed on. */
  onInvalid: (event: ReaderEvent, problem: string) => void,
): ReaderEventsClient {
  return {
    on(event, listener) {
      return subscribe(event, (payload) => {
        const checked = readerEvents[event].safeParse(payload);
        if (checked.success) listener(checked.data as ReaderEventPayload<typeof event>);
        else onInvalid(event, checked.error.issues[0]?.message ?? 'invalid payload');
      });
    },
  };
}
