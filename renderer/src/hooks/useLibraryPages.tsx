import { useIntl } from 'react-intl';
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { createLibraryPages, type LibraryPages, type LibrarySnapshot } from '../lib/library-pages';
import { useApi } from './useApi';
import { useNotify } from './useNotices';

const LibraryPagesContext = createContext<LibraryPages | null>(null);

/**
 * The library's pages for this window, made once (the API and the notices
 * last as long as the app) and kept while articles are open, so coming back
 * shows the list at once. It asks for the first page as the app starts, at
 * the same time as the settings (SettingsGate), not after them. A page that
 * fails to arrive is reported as a notice; the list keeps what it has.
 */
export function LibraryPagesProvider({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const api = useApi();
  const notify = useNotify();
  const pages = useMemo(
    () =>
      createLibraryPages({
        fetch: (query) => api.getLibrary(query),
        onPageError: (error) =>
          notify(intl.formatMessage({ id: 'library.failed.page' }, { message: error.message })),
      }),
    [api, notify, intl],
  );
  useEffect(() => pages.open(), [pages]);
  return <LibraryPagesContext.Provider value={pages}>{children}</LibraryPagesContext.Provider>;
}

export function useLibraryPages(): LibraryPages {
  const pages = useContext(LibraryPagesContext);
  if (!pages) throw new Error('useLibraryPages is used outside <LibraryPagesProvider>.');
  return pages;
}

export function useLibrarySnapshot(pages: LibraryPages): LibrarySnapshot {
  return useSyncExternalStore(pages.subscribe, pages.snapshot);
}
