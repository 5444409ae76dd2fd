// The receiving end of the contract, shared by the Electron main process and
// the e2e harness so both validate and report errors identically.
import type { ZodError } from 'zod';
import { isReaderMethod, readerContract, type ReaderApi } from './api';
import { ReaderError, type Envelope } from './errors';

export type Dispatch = (method: unknown, args: unknown) => Promise<Envelope>;

export interface DispatchOptions {
  /** Called with every unexpected (non-ReaderError) failure: never silent. */
  onInternalError?: (method: string, error: unknown) => void;
}

export function createDispatch(service: ReaderApi, options: DispatchOptions = {}): Dispatch {
  return async (method, args) => {
    if (!isReaderMethod(method)) {
      return fail(
        new ReaderError('unknown-method', `There is no API method named ${describe(method)}.`),
      );
    }
    const parsed = readerContract[method].args.safeParse(args);
    if (!parsed.success) {
      return fail(new ReaderError('invalid-argument', `${method}: ${formatIssues(parsed.error)}`));
    }
    try {
      const call = service[method] as (...a: unknown[]) => Promise<unknown>;
      const value = await call.apply(service, parsed.data as unknown[]);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ReaderError) return fail(error);
      options.onInternalError?.(method, error);
      const message = error instanceof Error ? error.message : String(error);
      return fail(new ReaderError('internal', `${method} failed: ${message}`));
    }
  };
}

function fail(error: ReaderError): Envelope {
  return { ok: false, error: error.toData() };
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One readable line from a schema failure, naming the argument at fault. */
export function formatIssues(error: ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const [index, ...rest] = issue.path;
      const where =
        typeof index === 'number'
          ? `argument ${index + 1}${rest.length ? ` (${rest.join('.')})` : ''}`
          : 'arguments';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}
