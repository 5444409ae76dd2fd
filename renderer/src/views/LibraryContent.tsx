import { useDeferredValue, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Library } from '../../../common/api';
import { ArticleList, type ArticleListHandle } from '../components/ArticleList';
import { EmptyState } from '../components/EmptyState';
import { LibraryToolbar } from '../components/LibraryToolbar';
import { useSettings } from '../hooks/useSettings';
import { useShortcuts } from '../hooks/useShortcuts';
import { formatCount, formatPublished, formatWordCount } from '../lib/format';
import { countTags, filterArticles, filterableText, sortArticles } from '../lib/library-query';
import type { ReadingPositions } from '../lib/reading-positions';
import { LIBRARY_SORTS, nextInCycle } from '../lib/settings-options';

/** What the library remembers while an article is open, so coming back feels like returning. */
export interface LibraryViewState {
  filterText: string;
  tag: string | null;
  /** The article last focused or opened: it gets focus back on return. */
  currentArticleId: string | null;
}

interface Props {
  library: Library;
  positions: ReadingPositions;
  viewState: LibraryViewState;
  onViewStateChange: (patch: Partial<LibraryViewState>) => void;
  searchInputRef: RefObject<HTMLInputElement | null>;
}

const numberFormat = new Intl.NumberFormat();

export function LibraryContent({
  library,
  positions,
  viewState,
  onViewStateChange,
  searchInputRef,
}: Props) {
  const { settings, updateSettings } = useSettings();
  const listRef = useRef<ArticleListHandle>(null);
  const filterInputRef = useRef<HTMLInputElement>(null);
  const { articles } = library;

  // Typing stays responsive: the list re-filters when React has a moment.
  const filterText = useDeferredValue(viewState.filterText);
  const searchableText = useMemo(
    () => new Map(articles.map((article) => [article.id, filterableText(article)])),
    [articles],
  );
  const tags = useMemo(() => countTags(articles), [articles]);
  const sorted = useMemo(
    () => sortArticles(articles, settings.librarySort, positions),
    [articles, settings.librarySort, positions],
  );
  const visible = useMemo(
    () =>
      filterArticles(sorted, (article) => searchableText.get(article.id) ?? '', {
        text: filterText,
        tag: viewState.tag,
      }),
    [sorted, searchableText, filterText, viewState.tag],
  );

  // A new filter or order starts at the top, not in the middle of the old list.
  const queryKey = [filterText, viewState.tag, settings.librarySort].join('\u0000');
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

  const filtering = filterText.trim() !== '' || viewState.tag !== null;
  const count = filtering
    ? `${numberFormat.format(visible.length)} of ${formatCount(articles.length, 'article')}`
    : formatCount(articles.length, 'article');
  const updated = formatPublished(library.collection.builtAt);
  const clearFilters = () => {
    onViewStateChange({ filterText: '', tag: null });
    filterInputRef.current?.focus();
  };

  return (
    <>
      <div className="library-intro">
        <h1 className="library-intro__title">{library.collection.title}</h1>
        <p className="library-intro__stats">
          {formatWordCount(library.collection.wordCount)}
          {updated && <> · updated {updated}</>}
        </p>
      </div>

      {/* Filtering and sorting mean nothing in an empty collection. */}
      {articles.length > 0 && (
        <>
          <LibraryToolbar
            filterText={viewState.filterText}
            onFilterTextChange={(text) => onViewStateChange({ filterText: text })}
            tag={viewState.tag}
            tags={tags}
            onTagChange={(tag) => onViewStateChange({ tag })}
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

      {articles.length === 0 ? (
        <EmptyState title="This collection has no articles yet">
          <p>
            Put Markdown, plain text or HTML files in <code>content/articles</code>, run{' '}
            <code>npm run content:build</code>, and restart the app.
          </p>
        </EmptyState>
      ) : visible.length === 0 ? (
        <EmptyState
          title={
            filterText.trim()
              ? `No articles match “${filterText.trim()}”`
              : 'No articles carry this tag'
          }
        >
          <button type="button" className="button" onClick={clearFilters}>
            Clear filter
          </button>
        </EmptyState>
      ) : (
        <ArticleList
          ref={listRef}
          articles={visible}
          positions={positions}
          currentId={viewState.currentArticleId}
          onCurrentChange={(currentArticleId) => onViewStateChange({ currentArticleId })}
          revealCurrentOnMount={viewState.currentArticleId !== null}
        />
      )}
    </>
  );
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select') !== null;
}
