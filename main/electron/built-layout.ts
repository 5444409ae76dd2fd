// Where the built app's files sit relative to the built main process
// (out/main/index.js, or the same path inside app.asar). electron.vite.config.ts
// writes them there; electron-builder.yml packages them; the packaging tests
// check both against this one list.
import { join } from 'node:path';

export interface BuiltAppFiles {
  /** The renderer served over app:// (index.html and its assets). */
  rendererDir: string;
  /** The sandboxed preload, CommonJS. */
  preloadPath: string;
  /** The worker thread that loads the search index. */
  searchWorker: string;
}

export function builtAppFiles(builtMainDir: string): BuiltAppFiles {
  return {
    rendererDir: join(builtMainDir, '..', 'renderer'),
    preloadPath: join(builtMainDir, '..', 'preload', 'index.cjs'),
    searchWorker: join(builtMainDir, 'search-worker.js'),
  };
}
