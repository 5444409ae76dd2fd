import { useMemo, useSyncExternalStore } from 'react';
import { createLibraryPages, type LibraryPages, type LibrarySnapshot } from '../lib/library-pages';
import { useApi } from './useApi';
import { useNotify } from './useNotices';

/**
 * The library's pages for this window, made once (the API and the notices
 * last as long as the app) and kept while articles are open, so coming back
 * shows the list at once. A page that fails to arrive is reported as a
 * notice; the list keeps what it has.
 */
export function useLibraryPagesStore(): LibraryPages {
  const api = useApi();
  const notify = useNotify();
  return useMemo(
    () =>
      createLibraryPages({
        fetch: (query) => api.getLibrary(query),
        onPageError: (error) => notify(`Part of the library could not be loaded: ${error.message}`),
      }),
    [api, notify],
  );
}

export function useLibrarySnapshot(pages: LibraryPages): LibrarySnapshot {
  return useSyncExternalStore(pages.subscribe, pages.snapshot);
}
