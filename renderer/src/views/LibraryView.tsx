import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { memoryFor, type ListMemory } from '../components/ArticleList';
import { AppBarActions } from '../components/AppBarActions';
import { BookIcon } from '../components/Icons';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useLibrarySnapshot } from '../hooks/useLibraryPages';
import { useSettings } from '../hooks/useSettings';
import type { LibraryFilter, LibraryPages } from '../lib/library-pages';
import type { ReadingPositions } from '../lib/reading-positions';
import { PRODUCT_NAME } from '../lib/product';
import { SearchBox } from '../search/SearchBox';
import { LibraryContent, type LibraryViewState } from './LibraryContent';
import { CollectionUnavailableScreen, MessageScreen } from './MessageScreens';

interface Props {
  library: LibraryPages;
  /** Where the list was when an article was opened (see ArticleList). */
  listMemory: RefObject<ListMemory | null>;
  positions: ReadingPositions;
  viewState: LibraryViewState;
  onViewStateChange: (patch: Partial<LibraryViewState>) => void;
  onShowShortcuts: () => void;
}

export function LibraryView({
  library: pages,
  listMemory,
  positions,
  viewState,
  onViewStateChange,
  onShowShortcuts,
}: Props) {
  const intl = useIntl();
  const searchInputRef = useRef<HTMLInputElement>(null);
  const library = useLibrarySnapshot(pages);
  const { settings } = useSettings();
  useDocumentTitle(library.state === 'ready' ? library.collection.title : undefined);

  const { filterText, tag, language } = viewState;
  const filter = useMemo(
    (): LibraryFilter => ({ text: filterText, tag, language, sort: settings.librarySort }),
    [filterText, tag, language, settings.librarySort],
  );
  // Read when the filter changes, not a reason to ask again by itself.
  const currentArticleId = useRef(viewState.currentArticleId);
  currentArticleId.current = viewState.currentArticleId;
  useLayoutEffect(() => {
    pages.setFilter(filter, currentArticleId.current);
  }, [pages, filter]);

  // The window keeps the article's scroll offset: the library goes back to
  // where its list was, or starts at its top. Before the first paint, so it
  // never shows the wrong place. (A block body: scrollTo returns a promise in
  // newer browsers, which React would take for a cleanup function.)
  useLayoutEffect(() => {
    const shown = pages.snapshot();
    const remembered = shown.state === 'ready' ? memoryFor(listMemory.current, shown) : null;
    window.scrollTo(0, remembered?.scrollY ?? 0);
  }, [pages, listMemory]);

  if (library.state === 'failed') {
    if (library.error.code === 'collection-unavailable') {
      return <CollectionUnavailableScreen message={library.error.message} />;
    }
    return (
      <MessageScreen title={intl.formatMessage({ id: 'library.failed.title' })}>
        <p className="message-screen__detail">{library.error.message}</p>
        <p>
          <FormattedMessage id="library.failed.fix" />
        </p>
      </MessageScreen>
    );
  }

  return (
    <div className="library-page">
      <header className="app-bar">
        <div className="app-bar__inner app-bar__inner--library">
          <div className="brand">
            <BookIcon />
            <span className="brand__name">{PRODUCT_NAME}</span>
          </div>
          <SearchBox inputRef={searchInputRef} />
          <AppBarActions onShowShortcuts={onShowShortcuts} />
        </div>
      </header>
      <main className="library" id="main">
        {library.state === 'loading' ? (
          <p className="library__loading" role="status">
            <FormattedMessage id="library.loading" />
          </p>
        ) : (
          <LibraryContent
            results={library}
            pages={pages}
            listMemory={listMemory}
            positions={positions}
            viewState={viewState}
            onViewStateChange={onViewStateChange}
            searchInputRef={searchInputRef}
          />
        )}
      </main>
    </div>
  );
}
