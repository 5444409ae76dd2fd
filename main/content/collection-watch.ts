// Notices a collection rebuilt while the app runs (content:build --watch).
// The build swaps a new folder in whole by renaming (compiler/write.ts), so
// watching the folder itself would follow the old one out of the way: the
// folder's parent is watched instead, for changes to the folder's own name.
// Each swap is then checked: only a collection whose content or title
// differs from the one open is reloaded and reported.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Manifest } from '../../common/collection';
import type { Collection } from './collection';

/** A swap is two renames and a delete in a few milliseconds: one check for all of them. */
export const SWAP_SETTLE_MS = 150;

export interface CollectionWatchOptions {
  collection: Pick<Collection, 'dir' | 'manifest' | 'reload'>;
  /** The collection was read again and differs: library, articles and search should follow. */
  onReloaded: (manifest: Manifest) => void;
  log: (message: string) => void;
  settleMs?: number;
}

export interface CollectionWatch {
  close(): Promise<void>;
}

export function watchCollection(options: CollectionWatchOptions): CollectionWatch {
  const { collection, log } = options;
  const name = basename(collection.dir);
  let timer: NodeJS.Timeout | undefined;
  let checking: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const check = () => {
    timer = undefined;
    if (closed) return;
    if (checking) {
      again = true;
      return;
    }
    checking = reloadIfChanged()
      .catch((error: unknown) =>
        log(
          `The collection in ${collection.dir} changed but could not be read again; the next build is tried when it lands: ${(error as Error).message}`,
        ),
      )
      .finally(() => {
        checking = undefined;
        if (again) {
          again = false;
          check();
        }
      });
  };

  /**
   * The collection the app has open: read now, as the app opens it, so a
   * build that lands before anyone asked is still new. Undefined when it
   * could not be opened (no build yet): then any build is new.
   */
  let opened: Promise<Manifest | undefined> = collection.manifest().catch(() => undefined);

  async function reloadIfChanged(): Promise<void> {
    const before = await opened;
    collection.reload();
    opened = Promise.resolve(undefined);
    const after = await collection.manifest();
    opened = Promise.resolve(after);
    if (before && before.contentHash === after.contentHash && before.title === after.title) return;
    if (!closed) options.onReloaded(after);
  }

  let watcher: FSWatcher;
  try {
    watcher = watch(dirname(collection.dir), (_event, filename) => {
      // Without a name (some platforms), any change beside the folder is checked.
      if (filename !== null && filename !== name) return;
      clearTimeout(timer);
      timer = setTimeout(check, options.settleMs ?? SWAP_SETTLE_MS);
    });
  } catch (error) {
    log(
      `Not watching ${collection.dir} for rebuilds (${(error as Error).message}): restart the app to see a new build.`,
    );
    return { close: async () => undefined };
  }
  watcher.on('error', (error) =>
    log(`Stopped watching ${collection.dir} for rebuilds: ${error.message}`),
  );

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
      await checking;
    },
  };
}
