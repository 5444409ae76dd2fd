// The preload: exposes window.reader, one function per API method, each a
// single ipcRenderer.invoke on that method's channel. Nothing else crosses:
// never ipcRenderer itself, so the page cannot reach other channels.
// Built as CommonJS (out/preload/index.cjs): a sandboxed preload cannot be an
// ES module, and may require nothing but 'electron' at run time, so
// everything it imports from common/ must be bundled into it.
import { contextBridge, ipcRenderer } from 'electron';
import { READER_METHODS, channelOf, type ReaderBridge } from '../common/api';

function createBridge(): ReaderBridge {
  const bridge: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of READER_METHODS) {
    const channel = channelOf(method);
    bridge[method] = (...args) => ipcRenderer.invoke(channel, ...args);
  }
  return Object.freeze(bridge) as unknown as ReaderBridge;
}

contextBridge.exposeInMainWorld('reader', createBridge());
