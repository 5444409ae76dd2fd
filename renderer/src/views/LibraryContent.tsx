import { useCallback, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ArticleList, type ArticleListHandle, type ListMemory } from '../components/ArticleList';
import { EmptyState } from '../components/EmptyState';
import { LibraryToolbar } from '../components/LibraryToolbar';
import { useSettings } from '../hooks/useSettings';
import { useShortcuts } from '../hooks/useShortcuts';
import { formatPublished, formatWordCount } from '../lib/format';
import type { LibraryPages, LibraryResults } from '../lib/library-pages';
import type { ReadingPositions } from '../lib/reading-positions';
import { LIBRARY_SORTS, nextInCycle } from '../lib/settings-options';

/** What the library remembers while an article is open, so coming back feels like returning. */
export interface LibraryViewState {
  filterText: string;
  tag: string | null;
  /** Only articles in this language (a tag of the collection's); null for all. */
  language: string | null;
  /** The article last focused or opened: it gets focus back on return. */
  currentArticleId: string | null;
}

interface Props {
  /** The list shown: while a newer filter's answer is on its way, the one before. */
  results: LibraryResults;
  pages: LibraryPages;
  listMemory: RefObject<ListMemory | null>;
  positions: ReadingPositions;
  viewState: LibraryViewState;
  onViewStateChange: (patch: Partial<LibraryViewState>) => void;
  searchInputRef: RefObject<HTMLInputElement | null>;
}

export function LibraryContent({
  results,
  pages,
  listMemory,
  positions,
  viewState,
  onViewStateChange,
  searchInputRef,
}: Props) {
  const intl = useIntl();
  const { settings, updateSettings } = useSettings();
  const listRef = useRef<ArticleListHandle>(null);
  const filterInputRef = useRef<HTMLInputElement>(null);
  const { collection, total } = results;
  // What the list shows: typing goes on in the field while its answer comes.
  const shownFilter = results.filter;
  const needEntries = useCallback((indexes: number[]) => pages.ensure(indexes), [pages]);

  // A new filter or order starts at the top, not in the middle of the old list.
  const queryKey = results.key;
  const previousQueryKey = useRef(queryKey);
  useLayoutEffect(() => {
    if (previousQueryKey.current === queryKey) return;
    previousQueryKey.current = queryKey;
    window.scrollTo({ top: 0 });
  }, [queryKey]);

  const list = () => listRef.current;
  useShortcuts('library', {
    'focus-search': (event) => {
      // "/" typed into a field (the search itself: "/dev/ptmx") is just a character.
      if (event.key === '/' && isTextField(event.target)) return false;
      searchInputRef.current?.focus();
      searchInputRef.current?.select();
    },
    'focus-filter': () => {
      filterInputRef.current?.focus();
      filterInputRef.current?.select();
    },
    'next-article': () => list()?.move(1) ?? false,
    'previous-article': () => list()?.move(-1) ?? false,
    'first-article': () => list()?.moveTo('first') ?? false,
    'last-article': () => list()?.moveTo('last') ?? false,
    'open-article': () => list()?.openCurrent() ?? false,
    'cycle-sort': () =>
      updateSettings({ librarySort: nextInCycle(LIBRARY_SORTS, settings.librarySort) }),
  });

  const filtering =
    shownFilter.text.trim() !== '' || shownFilter.tag !== null || shownFilter.language !== null;
  const count = filtering
    ? intl.formatMessage(
        { id: 'library.count.filtered' },
        { shown: total, count: collection.articleCount },
      )
    : intl.formatMessage({ id: 'library.count.all' }, { count: collection.articleCount });
  const updated = formatPublished(intl, collection.builtAt);
  const clearFilters = () => {
    onViewStateChange({ filterText: '', tag: null, language: null });
    filterInputRef.current?.focus();
  };

  return (
    <>
      <div className="library-intro">
        <h1 className="library-intro__title">{collection.title}</h1>
        <p className="library-intro__stats">
          {formatWordCount(intl, collection.wordCount)}
          {updated && (
            <> · {intl.formatMessage({ id: 'library.stats.updated' }, { date: updated })}</>
          )}
        </p>
      </div>

      {/* Filtering and sorting mean nothing in an empty collection. */}
      {collection.articleCount > 0 && (
        <>
          <LibraryToolbar
            filterText={viewState.filterText}
            onFilterTextChange={(text) => onViewStateChange({ filterText: text })}
            tag={viewState.tag}
            tags={results.tags}
            onTagChange={(tag) => onViewStateChange({ tag })}
            language={viewState.language}
            languages={results.languages}
            onLanguageChange={(language) => onViewStateChange({ language })}
            sort={settings.librarySort}
            onSortChange={(librarySort) => updateSettings({ librarySort })}
            filterInputRef={filterInputRef}
            onLeaveToList={() => list()?.focusCurrent()}
          />

          <p className="library__count" role="status">
            {count}
          </p>
        </>
      )}

      {collection.articleCount === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'library.empty.title' })}>
          <p>
            <FormattedMessage id="library.empty.body" values={{ code }} />
          </p>
        </EmptyState>
      ) : total === 0 ? (
        <EmptyState
          title={
            shownFilter.text.trim()
              ? intl.formatMessage(
                  { id: 'library.noMatch.text' },
                  { filter: shownFilter.text.trim() },
                )
              : intl.formatMessage({
                  id: shownFilter.tag !== null ? 'library.noMatch.tag' : 'library.noMatch.language',
                })
          }
        >
          <button type="button" className="button" onClick={clearFilters}>
            <FormattedMessage id="library.noMatch.clear" />
          </button>
        </EmptyState>
      ) : (
        <ArticleList
          ref={listRef}
          results={results}
          positions={positions}
          currentId={viewState.currentArticleId}
          onCurrentChange={(currentArticleId) => onViewStateChange({ currentArticleId })}
          onNeedEntries={needEntries}
          revealCurrentOnMount={viewState.currentArticleId !== null}
          memory={listMemory}
        />
      )}
    </>
  );
}

const code = (chunks: ReactNode[]) => <code>{chunks}</code>;

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select') !== null;
}
