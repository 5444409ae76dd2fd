// The bar over the article while matches are marked: a library search's query
// or the find box, "n of N", previous/next and close.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { ChevronDownIcon, ChevronUpIcon, CloseIcon } from '../components/Icons';
import type { ArticleMatches } from './useArticleMatches';

function countLabel(intl: IntlShape, matches: ArticleMatches): string {
  if (matches.state === 'loading') return intl.formatMessage({ id: 'matches.finding' });
  if (typeof matches.state === 'object') {
    return intl.formatMessage({ id: 'matches.unavailable' }, { message: matches.state.failed });
  }
  if (matches.matches.length === 0) return intl.formatMessage({ id: 'matches.none' });
  return intl.formatMessage(
    { id: 'matches.position' },
    { current: matches.current + 1, total: matches.matches.length },
  );
}

interface Props {
  matches: ArticleMatches;
  /** Bumped to move focus into the find field (Ctrl/Cmd+F again). */
  focusRequest: number;
}

export function ArticleMatchesBar({ matches, focusRequest }: Props) {
  const intl = useIntl();
  const inputRef = useRef<HTMLInputElement>(null);
  const { source } = matches;

  useEffect(() => {
    if (source.kind === 'find') {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    // Focus follows a request, not every keystroke in the field.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  if (source.kind === 'none') return null;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      matches.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      matches.close();
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      className="match-bar"
      role="search"
      aria-label={intl.formatMessage({ id: 'matches.label' })}
    >
      {source.kind === 'find' ? (
        <input
          ref={inputRef}
          className="match-bar__input"
          type="search"
          aria-label={intl.formatMessage({ id: 'matches.find' })}
          placeholder={intl.formatMessage({ id: 'matches.find' })}
          // Words of a right-to-left article are typed right to left; the bar stays put.
          dir="auto"
          autoComplete="off"
          spellCheck={false}
          defaultValue={source.text}
          onChange={(event) => matches.find(event.target.value)}
          onKeyDown={onKeyDown}
        />
      ) : (
        <span className="match-bar__query">
          {intl.formatMessage(
            { id: 'matches.query' },
            { query: source.query, q: (chunks) => <q>{chunks}</q> },
          )}
        </span>
      )}
      <output className="match-bar__count" aria-live="polite">
        {countLabel(intl, matches)}
      </output>
      <button
        type="button"
        className="icon-button"
        aria-label={intl.formatMessage({ id: 'matches.previous' })}
        title={intl.formatMessage({ id: 'matches.previous.title' })}
        disabled={matches.matches.length === 0}
        onClick={() => matches.step(-1)}
      >
        <ChevronUpIcon />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={intl.formatMessage({ id: 'matches.next' })}
        title={intl.formatMessage({ id: 'matches.next.title' })}
        disabled={matches.matches.length === 0}
        onClick={() => matches.step(1)}
      >
        <ChevronDownIcon />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={intl.formatMessage({ id: 'matches.clear' })}
        title={intl.formatMessage({ id: 'matches.clear' })}
        onClick={matches.close}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
