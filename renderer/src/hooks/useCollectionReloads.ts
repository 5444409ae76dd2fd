import { useIntl } from 'react-intl';
import type { LibraryPages } from '../lib/library-pages';
import { useReaderEvent } from './useApi';
import { useNotify } from './useNotices';

/**
 * A collection rebuilt while the app runs (content:build --watch): the
 * library list asks for itself again, and the reader hears that it changed
 * through the notices' polite live region, wherever they are. The open
 * article follows by itself (useArticle).
 */
export function useCollectionReloads(library: LibraryPages): void {
  const notify = useNotify();
  const intl = useIntl();
  useReaderEvent('collectionReloaded', ({ articleCount }) => {
    library.collectionReloaded();
    notify(intl.formatMessage({ id: 'library.reloaded' }, { count: articleCount }));
  });
}
