import { useLayoutEffect, useRef } from 'react';
import type { Library } from '../../../common/api';
import { AppBarActions } from '../components/AppBarActions';
import { BookIcon } from '../components/Icons';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import type { Loadable } from '../hooks/useLoadable';
import type { ReadingPositions } from '../lib/reading-positions';
import { PRODUCT_NAME } from '../lib/product';
import { SearchBox } from '../search/SearchBox';
import { LibraryContent, type LibraryViewState } from './LibraryContent';
import { CollectionUnavailableScreen, MessageScreen } from './MessageScreens';

interface Props {
  library: Loadable<Library>;
  positions: ReadingPositions;
  viewState: LibraryViewState;
  onViewStateChange: (patch: Partial<LibraryViewState>) => void;
  onShowShortcuts: () => void;
}

export function LibraryView({
  library,
  positions,
  viewState,
  onViewStateChange,
  onShowShortcuts,
}: Props) {
  const searchInputRef = useRef<HTMLInputElement>(null);
  useDocumentTitle(library.state === 'ready' ? library.value.collection.title : undefined);

  // The window keeps the article's scroll offset; the library starts at its top.
  // (A block body: scrollTo returns a promise in newer browsers, which React
  // would take for a cleanup function.)
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, []);

  if (library.state === 'failed') {
    if (library.error.code === 'collection-unavailable') {
      return <CollectionUnavailableScreen message={library.error.message} />;
    }
    return (
      <MessageScreen title="The library could not be opened">
        <p className="message-screen__detail">{library.error.message}</p>
        <p>Restart the app to try again.</p>
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
            Opening the library…
          </p>
        ) : (
          <LibraryContent
            library={library.value}
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
