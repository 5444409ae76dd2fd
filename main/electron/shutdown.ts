// Holds the quit until pending work (services' writes, the window state) is
// on disk, with a time limit so a stuck task cannot keep the app alive.
import { app } from 'electron';
import { log } from './log';

export const SHUTDOWN_TIMEOUT_MS = 5000;

export function finishBeforeQuit(
  tasks: () => Promise<unknown>[],
  timeoutMs = SHUTDOWN_TIMEOUT_MS,
): void {
  let state: 'running' | 'finishing' | 'done' = 'running';

  app.on('will-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'finishing') return;
    state = 'finishing';

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log.warn(`Quitting before shutdown tasks finished: still running after ${timeoutMs} ms.`);
        resolve();
      }, timeoutMs);
    });
    const finished = Promise.allSettled(startTasks(tasks)).then((results) => {
      for (const result of results) {
        if (result.status === 'rejected') log.error('A shutdown task failed', result.reason);
      }
    });
    void Promise.race([finished, timeout]).then(() => {
      clearTimeout(timer);
      state = 'done';
      app.quit();
    });
  });
}

/** A task list that throws while starting counts as one failed task. */
function startTasks(tasks: () => Promise<unknown>[]): Promise<unknown>[] {
  try {
    return tasks();
  } catch (error) {
    return [Promise.reject(error)];
  }
}
