// The preload: exposes window.reader, one function per API method, each a
// single ipcRenderer.invoke on that method's channel, and `subscribe` for the
// contract's events, each on its own channel. Nothing else crosses: never
// ipcRenderer itself nor the IPC event object, so the page cannot reach
// other channels or reply on behalf of the main process.
// Built as CommonJS (out/preload/index.cjs): a sandboxed preload cannot be an
// ES module, and may require nothing but 'electron' at run time, so
// everything it imports from common/ must be bundled into it.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  READER_METHODS,
  channelOf,
  eventChannelOf,
  isReaderEvent,
  type ReaderBridge,
  type ReaderEvent,
} from '../common/api';

function subscribe(event: ReaderEvent, listener: (payload: unknown) => void): () => void {
  // The page may pass anything: only the contract's events have channels.
  if (!isReaderEvent(event)) throw new Error(`There is no event named ${String(event)}.`);
  if (typeof listener !== 'function') throw new Error('subscribe needs a listener function.');
  const channel = eventChannelOf(event);
  // Only the payload reaches the page, never the IPC event.
  const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

function createBridge(): ReaderBridge {
  const bridge: Record<string, unknown> = {};
  for (const method of READER_METHODS) {
    const channel = channelOf(method);
    bridge[method] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args);
  }
  bridge.subscribe = subscribe;
  return Object.freeze(bridge) as unknown as ReaderBridge;
}

contextBridge.exposeInMainWorld('reader', createBridge());
