// Registers one IPC handler per API method, derived from READER_METHODS so
// nothing is listed twice. Each handler first checks who is calling: only
// the main frame of the app's own page, in a window the app created, may.
// Events go the other way, to the app's own windows only.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  READER_METHODS,
  channelOf,
  eventChannelOf,
  type ReaderEventSource,
} from '../../common/api';
import type { Dispatch } from '../../common/dispatch';
import { ReaderError, type Envelope } from '../../common/errors';
import { APP_URL_PREFIX } from './app-url';
import { log } from './log';

export interface ReaderIpcOptions {
  dispatch: Dispatch;
  /** True for webContents of windows this app created (see app-windows.ts). */
  ownsWebContents: (contents: WebContents) => boolean;
}

export function registerReaderIpc({ dispatch, ownsWebContents }: ReaderIpcOptions): void {
  for (const method of READER_METHODS) {
    const channel = channelOf(method);
    ipcMain.handle(channel, (event, ...args: unknown[]): Promise<Envelope> | Envelope => {
      const refusal = whyUntrusted(event, ownsWebContents);
      if (refusal !== undefined) {
        log.warn(`Refused ${channel}: ${refusal}.`);
        return forbidden(method);
      }
      return dispatch(method, args);
    });
  }
}

/** Undefined when the sender is the app's own page; otherwise why it is not. */
export function whyUntrusted(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  ownsWebContents: (contents: WebContents) => boolean,
): string | undefined {
  const frame = event.senderFrame;
  // Null when the frame navigated away or was destroyed after sending.
  if (!frame) return 'the sending frame is gone';
  if (!frame.url.startsWith(APP_URL_PREFIX)) return `sent from ${frame.url || 'an empty page'}`;
  if (frame.parent !== null) return 'sent from a sub-frame';
  if (!ownsWebContents(event.sender)) return 'sent from a window the app did not create';
  return undefined;
}

function forbidden(method: string): Envelope {
  const error = new ReaderError('forbidden', `${method} may only be called by the app's own page.`);
  return { ok: false, error: error.toData() };
}

/**
 * Sends every event of the services to the app's own windows, on the event's
 * channel, while the window shows the app's page (never to a page that got
 * somewhere else). Returns the unsubscribe.
 */
export function forwardReaderEvents(
  source: ReaderEventSource,
  pages: () => WebContents[],
): () => void {
  return source.subscribe((event, payload) => {
    for (const contents of pages()) {
      if (!contents.getURL().startsWith(APP_URL_PREFIX)) continue;
      contents.send(eventChannelOf(event), payload);
    }
  });
}
