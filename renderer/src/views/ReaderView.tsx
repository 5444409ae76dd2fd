import { FormattedMessage, useIntl } from 'react-intl';
import type { StoredReadingPosition } from '../../../common/settings';
import { EmptyState } from '../components/EmptyState';
import { ReaderToolbar } from '../components/ReaderToolbar';
import { useArticle } from '../hooks/useArticle';
import { useAnnotationsPrefetch } from '../highlights/useAnnotationsPrefetch';
import { useShortcuts } from '../hooks/useShortcuts';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import type { Loadable } from '../hooks/useLoadable';
import type { ReadingPositions } from '../lib/reading-positions';
import { libraryHref, navigateTo } from '../lib/routes';
import { keepPlaceForNewText } from '../navigation/carry-place';
import { useCurrentEntryKey, useNameCurrentEntry } from '../navigation/useSessionHistory';
import { ArticleReader } from './ArticleReader';
import { CollectionUnavailableScreen } from './MessageScreens';

interface Props {
  articleId: string;
  /** Open at this block instead of the saved place. */
  blockId?: string;
  /** Mark this library search's matches. */
  searchQuery?: string;
  positions: Loadable<ReadingPositions>;
  onPositionSaved: (articleId: string, position: StoredReadingPosition) => void;
  onShowShortcuts: () => void;
}

const backToLibrary = () => navigateTo(libraryHref());

/**
 * Loads one article (and waits for the saved places) before handing it to
 * ArticleReader; a rebuilt collection's new text opens afresh where the
 * reader was, as on Back, with its highlights placed again.
 */
export function ReaderView({
  articleId,
  blockId,
  searchQuery,
  positions,
  onPositionSaved,
  onShowShortcuts,
}: Props) {
  const intl = useIntl();
  const entryKey = useCurrentEntryKey();
  const article = useArticle(articleId, (shown, next) =>
    // The article element ArticleReader draws: the text being replaced.
    keepPlaceForNewText(entryKey, document.querySelector('article.article'), shown, next),
  );
  const takeAnnotations = useAnnotationsPrefetch(articleId);
  const title = article.state === 'ready' ? article.value.title : undefined;
  useDocumentTitle(title);
  useNameCurrentEntry(title);

  if (article.state === 'failed' && article.error.code === 'collection-unavailable') {
    return <CollectionUnavailableScreen message={article.error.message} />;
  }

  if (article.state === 'ready' && positions.state !== 'loading') {
    return (
      <ArticleReader
        // New text is a new opening: every part of the reader starts from it.
        key={article.value.contentHash}
        article={article.value}
        savedPosition={positions.state === 'ready' ? positions.value[articleId] : undefined}
        targetBlockId={blockId}
        searchQuery={searchQuery}
        onPositionSaved={onPositionSaved}
        onBack={backToLibrary}
        onShowShortcuts={onShowShortcuts}
        entryKey={entryKey}
        takeAnnotations={takeAnnotations}
      />
    );
  }

  return (
    <div className="reader-page">
      <FallbackShortcuts />
      <ReaderToolbar onBack={backToLibrary} onShowShortcuts={onShowShortcuts} />
      <main className="reader-page__message" id="main">
        {article.state === 'removed' && (
          <EmptyState title={intl.formatMessage({ id: 'reader.removed.title' })}>
            <p>
              <FormattedMessage id="reader.removed.body" />
            </p>
            <button type="button" className="button" onClick={backToLibrary}>
              <FormattedMessage id="reader.backToLibrary" />
            </button>
          </EmptyState>
        )}
        {article.state === 'failed' && (
          <EmptyState
            title={
              article.error.code === 'not-found' || article.error.code === 'invalid-argument'
                ? intl.formatMessage({ id: 'reader.notFound.title' })
                : intl.formatMessage({ id: 'reader.failed.title' })
            }
          >
            <p>{article.error.message}</p>
            <button type="button" className="button" onClick={backToLibrary}>
              <FormattedMessage id="reader.backToLibrary" />
            </button>
          </EmptyState>
        )}
      </main>
    </div>
  );
}

const notWhileLoading = () => false;

/** While there is no article to read, only the way back works. */
function FallbackShortcuts() {
  useShortcuts('reader', {
    'search-library': notWhileLoading,
    'find-in-article': notWhileLoading,
    'next-match': notWhileLoading,
    'previous-match': notWhileLoading,
    'clear-matches': notWhileLoading,
    'read-aloud': notWhileLoading,
    'read-aloud-next-sentence': notWhileLoading,
    'read-aloud-previous-sentence': notWhileLoading,
    'read-aloud-next-section': notWhileLoading,
    'read-aloud-previous-section': notWhileLoading,
    'back-to-library': backToLibrary,
    'print-article': notWhileLoading,
    'toggle-contents': notWhileLoading,
    'scroll-down': notWhileLoading,
    'scroll-up': notWhileLoading,
    'next-section': notWhileLoading,
    'previous-section': notWhileLoading,
    'go-to-top': notWhileLoading,
    'go-to-end': notWhileLoading,
    'toggle-caret-mode': notWhileLoading,
    'larger-text': notWhileLoading,
    'smaller-text': notWhileLoading,
    'reset-text-size': notWhileLoading,
    'cycle-line-width': notWhileLoading,
  });
  return null;
}
