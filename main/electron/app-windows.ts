// The windows this app created. The IPC sender check asks it whether a
// message came from one of them, so a web page that somehow ended up in
// another webContents cannot call the API even if its URL looked right.
import type { BrowserWindow, WebContents } from 'electron';

export interface AppWindows {
  adopt(window: BrowserWindow): void;
  owns(contents: WebContents): boolean;
}

export function createAppWindows(): AppWindows {
  // webContents ids, not objects: the id stays valid after the window closes,
  // so it can be forgotten then.
  const ids = new Set<number>();
  return {
    adopt(window) {
      const id = window.webContents.id;
      ids.add(id);
      window.once('closed', () => ids.delete(id));
    },
    owns(contents) {
      return ids.has(contents.id);
    },
  };
}
