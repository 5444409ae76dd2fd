// The main process's log: one prefix so the app's lines stand out among
// Chromium's. Security refusals are logged here, never dropped silently.
const PREFIX = '[reader]';

export const log = {
  info: (message: string): void => console.info(`${PREFIX} ${message}`),
  warn: (message: string): void => console.warn(`${PREFIX} ${message}`),
  error: (message: string, error?: unknown): void =>
    error === undefined
      ? console.error(`${PREFIX} ${message}`)
      : console.error(`${PREFIX} ${message}`, error),
};
