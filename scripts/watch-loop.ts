// The loop behind `content:build --watch`: watches a folder and its
// subfolders, gathers a burst of saves into one rebuild, and never runs two
// rebuilds at once. Saves made while a rebuild runs are kept and build once
// more when it ends, so the last save is always the one built.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** An editor's save is several writes (a temporary file, a rename, a chmod): one rebuild for them. */
export const DEFAULT_DEBOUNCE_MS = 250;

export interface WatchLoopOptions {
  /** The folder watched, subfolders included. */
  dir: string;
  /** How long the folder must stay quiet after a change before the rebuild starts. */
  debounceMs?: number;
  /**
   * Builds once, for these changed paths (relative to dir, `/`-separated,
   * sorted). Never called while a previous call is still running.
   */
  rebuild: (changed: readonly string[]) => Promise<void>;
  /** A rebuild that threw, or the watcher itself failing: the loop goes on. */
  onError: (error: unknown) => void;
}

export interface WatchLoop {
  /** Stops watching; resolves once a rebuild in progress has finished. */
  close(): Promise<void>;
  /** True while a rebuild runs. */
  readonly building: boolean;
}

export function startWatchLoop(options: WatchLoopOptions): WatchLoop {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  const startIfDue = () => {
    timer = undefined;
    if (closed || running || changed.size === 0) return;
    const batch = [...changed].sort();
    changed.clear();
    running = options
      .rebuild(batch)
      .catch(options.onError)
      .finally(() => {
        running = undefined;
        // Saved during the build and already quiet: build again now. Still
        // saving: the pending timer starts it.
        if (timer === undefined) startIfDue();
      });
  };

  const watcher: FSWatcher = watch(options.dir, { recursive: true }, (_event, filename) => {
    // Some platforms cannot say which file changed: the build finds out.
    const relative = filename ? filename.split(path.sep).join('/') : '(unknown file)';
    if (isIgnored(relative)) return;
    changed.add(relative);
    clearTimeout(timer);
    timer = setTimeout(startIfDue, debounceMs);
  });
  watcher.on('error', options.onError);

  return {
    get building() {
      return running !== undefined;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
      await running;
    },
  };
}

/**
 * Hidden files and folders (an editor's swap file, .git) and backups ending
 * in `~`: the compiler never reads them, so saving them builds nothing new.
 */
function isIgnored(relative: string): boolean {
  return relative.split('/').some((part) => part.startsWith('.')) || relative.endsWith('~');
}
