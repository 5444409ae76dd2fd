// Lets IPC be registered, and the window opened, before the services have
// started: calls wait for them instead of the window waiting. If they fail
// to start, every call answers with that failure as an error the UI can show.
import { createDispatch, type Dispatch } from '../../common/dispatch';
import { ReaderError, type Envelope } from '../../common/errors';
import type { ReaderServices } from '../services';
import { log } from './log';

export function dispatchWhenReady(services: Promise<ReaderServices>): Dispatch {
  const ready: Promise<Dispatch> = services.then(
    (started) =>
      createDispatch(started.api, {
        onInternalError: (method, error) => log.error(`${method} failed unexpectedly`, error),
      }),
    (error: unknown) => {
      // Logged where the services are created; here it becomes every call's answer.
      const failure =
        error instanceof ReaderError
          ? error
          : new ReaderError(
              'collection-unavailable',
              `The reader could not start: ${error instanceof Error ? error.message : String(error)}`,
            );
      const envelope: Envelope = { ok: false, error: failure.toData() };
      return async () => envelope;
    },
  );
  return async (method, args) => (await ready)(method, args);
}
