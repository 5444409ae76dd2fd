// The windows this app created. The IPC sender check asks it whether a
// message came from one of them, so a web page that somehow ended up in
// another webContents cannot call the API even if its URL looked right; and
// events go to these windows only.
import type { BrowserWindow, WebContents } from 'electron';

export interface AppWindows {
  adopt(window: BrowserWindow): void;
  owns(contents: WebContents): boolean;
  /** The pages of the windows still open: where events are sent. */
  pages(): WebContents[];
}

export function createAppWindows(): AppWindows {
  // Keyed by webContents id: the id stays valid after the window closes, so
  // it can be forgotten then.
  const open = new Map<number, WebContents>();
  return {
    adopt(window) {
      const contents = window.webContents;
      open.set(contents.id, contents);
      window.once('closed', () => open.delete(contents.id));
    },
    owns(contents) {
      return open.has(contents.id);
    },
    pages() {
      return [...open.values()].filter((contents) => !contents.isDestroyed());
    },
  };
}
