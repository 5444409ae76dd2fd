// The search field in the library's top bar and its results panel. Kept
// self-contained: passage search will replace the insides of this folder.
import {
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { SearchIcon } from '../components/Icons';
import { IS_MAC } from '../lib/shortcuts';
import { navigateTo } from '../lib/routes';
import { SearchResultsList } from './SearchResultsList';
import { useSearchResults } from './useSearchResults';
import { useSearchStatus } from './useSearchStatus';

const GETTING_READY = 'Search is getting ready…';

export function SearchBox({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const status = useSearchStatus();
  const [query, setQuery] = useState('');
  const [panelOpen, setPanelOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const statusId = useId();
  const panelId = useId();
  const outcome = useSearchResults(query, status?.state === 'ready');

  const hasQuery = query.trim() !== '';
  const showPanel = panelOpen && hasQuery;
  const loading = status?.state === 'loading';

  const resultLinks = () =>
    Array.from(containerRef.current?.querySelectorAll<HTMLAnchorElement>('.search__result') ?? []);

  const moveFocus = (step: 1 | -1) => {
    const links = resultLinks();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
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
      if (!first) return;
      navigateTo(first.getAttribute('href') ?? '#/');
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

  const statusLine = loading ? (
    <p className="search__status" id={statusId} role="status">
      <span className="spinner" aria-hidden="true" />
      {GETTING_READY}
    </p>
  ) : null;

  return (
    <div className="search" ref={containerRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <div className="search__field">
        <SearchIcon />
        <input
          ref={inputRef}
          className="search__input"
          type="search"
          aria-label="Search"
          aria-describedby={loading ? statusId : undefined}
          aria-controls={showPanel ? panelId : undefined}
          placeholder={loading ? '' : 'Search'}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setPanelOpen(true);
          }}
          onFocus={() => setPanelOpen(true)}
        />
        {/* While the field is empty the readiness note sits where the placeholder would. */}
        {!hasQuery && statusLine}
        {!hasQuery && !loading && (
          <span className="search__hint" aria-hidden="true">
            <kbd className="key">{IS_MAC ? '⌘' : 'Ctrl'}</kbd>
            <kbd className="key">K</kbd>
          </span>
        )}
      </div>
      {showPanel && (
        <div className="search__panel popover" id={panelId}>
          {hasQuery && statusLine}
          {status?.state === 'failed' && (
            <p className="search__note search__note--error">
              Search is unavailable: {status.message}
            </p>
          )}
          {outcome.state === 'searching' && outcome.previous && (
            <SearchResultsList results={outcome.previous} stale />
          )}
          {outcome.state === 'searching' && !outcome.previous && (
            <p className="search__note">Searching…</p>
          )}
          {outcome.state === 'done' && (
            <SearchResultsList results={outcome.results} stale={false} />
          )}
          {outcome.state === 'failed' && (
            <p className="search__note search__note--error">Search failed: {outcome.message}</p>
          )}
        </div>
      )}
    </div>
  );
}
