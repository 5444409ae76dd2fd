// The search field (library bar and reader bar) and its results panel:
// results as you type, grouped by article with their best passages; arrow
// keys move through them and Enter opens one.
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { SearchIcon } from '../components/Icons';
import { IS_MAC } from '../lib/shortcuts';
import { navigateTo } from '../lib/routes';
import { currentEntryKey, entryMemories } from '../navigation/session-history';
import { SearchResultsList } from './SearchResultsList';
import { useSearchResults } from './useSearchResults';
import { useSearchStatus } from './useSearchStatus';

/** Re-indexing that ends within this long needs no progress bar. */
const PROGRESS_AFTER_MS = 600;

/** True once the index has been re-indexing for longer than a moment. */
function useSlowIndexing(indexing: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!indexing) {
      setSlow(false);
      return;
    }
    const timer = window.setTimeout(() => setSlow(true), PROGRESS_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [indexing]);
  return slow;
}

export function SearchBox({
  inputRef,
  compact = false,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  /** The narrower field of the reader's bar. */
  compact?: boolean;
}) {
  const intl = useIntl();
  const status = useSearchStatus();
  // Back to the entry a result was followed from: the search is as it was.
  const [returnedTo] = useState(() => entryMemories.get(currentEntryKey(), 'search'));
  const [query, setQuery] = useState(returnedTo?.query ?? '');
  const [pages, setPages] = useState(returnedTo?.pages ?? 1);
  const [panelOpen, setPanelOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const statusId = useId();
  const panelId = useId();
  const outcome = useSearchResults(query, status?.state === 'ready', pages);

  const hasQuery = query.trim() !== '';
  const showPanel = panelOpen && hasQuery;
  const indexing = status?.state === 'indexing';
  const slowIndexing = useSlowIndexing(indexing);
  const loading = status?.state === 'loading' || indexing;

  const resultLinks = () =>
    Array.from(containerRef.current?.querySelectorAll<HTMLElement>('.search__result') ?? []);

  // The results open again with focus on the one that was followed.
  const refocused = useRef(false);
  useEffect(() => {
    if (returnedTo) inputRef.current?.focus();
  }, [returnedTo, inputRef]);
  useEffect(() => {
    if (!returnedTo?.followedHref || refocused.current || outcome.state !== 'done') return;
    refocused.current = true;
    const links = containerRef.current?.querySelectorAll<HTMLElement>('.search__result') ?? [];
    for (const link of links) {
      if (link.getAttribute('href') === returnedTo.followedHref) return link.focus();
    }
  }, [outcome, returnedTo]);

  const rememberSearch = (followedHref: string) =>
    entryMemories.set(currentEntryKey(), 'search', { query, pages, followedHref });

  const moveFocus = (step: 1 | -1) => {
    const links = resultLinks();
    const index = links.indexOf(document.activeElement as HTMLElement);
    const next = index + step;
    if (next < 0) inputRef.current?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const inInput = event.target === inputRef.current;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!showPanel) return;
      moveFocus(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && inInput) {
      const first = resultLinks()[0];
      const href = first?.getAttribute('href');
      if (!href) return;
      setPanelOpen(false);
      rememberSearch(href);
      navigateTo(href);
    } else if (event.key === 'Escape') {
      if (!inInput) inputRef.current?.focus();
      else if (query) setQuery('');
      else inputRef.current?.blur();
    } else {
      return;
    }
    // Handled here: the library's own keys (arrows move in the list) stay out of it.
    event.preventDefault();
    event.stopPropagation();
  };

  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !containerRef.current?.contains(next)) setPanelOpen(false);
  };

  const statusLine =
    indexing && slowIndexing ? (
      <p className="search__status" id={statusId} role="status">
        <span>
          <FormattedMessage id="search.indexing" />
        </span>
        <progress
          className="search__progress"
          aria-label={intl.formatMessage({ id: 'search.indexing.progress' })}
          max={status.total}
          value={status.done}
        />
      </p>
    ) : loading ? (
      <p className="search__status" id={statusId} role="status">
        <span className="spinner" aria-hidden="true" />
        <FormattedMessage id="search.gettingReady" />
      </p>
    ) : null;

  return (
    <div
      className={`search${compact ? ' search--compact' : ''}`}
      ref={containerRef}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      // A link in the panel was followed: the panel has done its job.
      onClick={(event) => {
        const link = (event.target as HTMLElement).closest('a');
        if (!link) return;
        rememberSearch(link.getAttribute('href') ?? '');
        setPanelOpen(false);
      }}
    >
      <div className="search__field">
        <SearchIcon />
        <input
          ref={inputRef}
          className="search__input"
          type="search"
          aria-label={intl.formatMessage({ id: 'search.label' })}
          aria-describedby={loading ? statusId : undefined}
          aria-controls={showPanel ? panelId : undefined}
          placeholder={loading ? '' : intl.formatMessage({ id: 'search.label' })}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setPages(1);
            setPanelOpen(true);
          }}
          onFocus={() => setPanelOpen(true)}
        />
        {/* While the field is empty the readiness note sits where the placeholder would. */}
        {!hasQuery && statusLine}
        {!hasQuery && !loading && !compact && (
          <span className="search__hint" aria-hidden="true">
            <kbd className="key">{IS_MAC ? '⌘' : intl.formatMessage({ id: 'key.mod' })}</kbd>
            <kbd className="key">K</kbd>
          </span>
        )}
      </div>
      {showPanel && (
        <div className="search__panel popover" id={panelId}>
          {hasQuery && statusLine}
          {status?.state === 'failed' && (
            <p className="search__note search__note--error">
              <FormattedMessage id="search.unavailable" values={{ message: status.message }} />
            </p>
          )}
          {outcome.state === 'searching' && outcome.previous && (
            <SearchResultsList results={outcome.previous} stale />
          )}
          {outcome.state === 'searching' && !outcome.previous && (
            <p className="search__note">
              <FormattedMessage id="search.searching" />
            </p>
          )}
          {outcome.state === 'done' && (
            <SearchResultsList
              results={outcome.results}
              stale={false}
              onMore={() => setPages((n) => n + 1)}
            />
          )}
          {outcome.state === 'failed' && (
            <p className="search__note search__note--error">
              <FormattedMessage id="search.failed" values={{ message: outcome.message }} />
            </p>
          )}
        </div>
      )}
    </div>
  );
}
