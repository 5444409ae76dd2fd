// The store used when the real one cannot be opened for writing (a read-only
// or full profile, a file where its folder should be, another copy of the app
// holding it): the reader still reads, and sees the highlights that can be
// read, while every change is refused with the reason, so none is ever
// acknowledged and then lost. Nothing on disk is touched.
import { ReaderError } from '../../common/errors';
import type { Annotation } from '../../common/annotations';
import type { AnnotationStore } from './store';
import { loadStore, storePaths } from './store-load';

export interface UnavailableStoreOptions {
  dir: string;
  /** Why nothing can be saved, as the reader is to read it. */
  message: string;
  log: (message: string) => void;
}

export async function openUnavailableStore(
  options: UnavailableStoreOptions,
): Promise<AnnotationStore> {
  let items = new Map<string, Annotation>();
  try {
    items = (await loadStore(storePaths(options.dir), options.log, 'read-only')).items;
  } catch (error) {
    options.log(`The highlights in ${options.dir} cannot be read either: ${String(error)}`);
  }
  const refuse = () => Promise.reject(new ReaderError('storage-failed', options.message));
  return {
    all: () => [...items.values()],
    get: (id) => items.get(id),
    put: refuse,
    putWith: refuse,
    delete: refuse,
    // Nothing ever changes.
    onChange: () => () => undefined,
    recovery: undefined,
    unavailable: { message: options.message },
    close: async () => undefined,
  };
}
