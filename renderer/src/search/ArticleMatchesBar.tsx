// The bar over the article while matches are marked: a library search's query
// or the find box, "n of N", previous/next and close.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ChevronDownIcon, ChevronUpIcon, CloseIcon } from '../components/Icons';
import type { ArticleMatches } from './useArticleMatches';

export function countLabel(matches: ArticleMatches): string {
  if (matches.state === 'loading') return 'Finding matches…';
  if (typeof matches.state === 'object') return `Matches unavailable: ${matches.state.failed}`;
  if (matches.matches.length === 0) return 'No matches';
  return `${matches.current + 1} of ${matches.matches.length}`;
}

interface Props {
  matches: ArticleMatches;
  /** Bumped to move focus into the find field (Ctrl/Cmd+F again). */
  focusRequest: number;
}

export function ArticleMatchesBar({ matches, focusRequest }: Props) {
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
    <div className="match-bar" role="search" aria-label="Matches in this article">
      {source.kind === 'find' ? (
        <input
          ref={inputRef}
          className="match-bar__input"
          type="search"
          aria-label="Find in article"
          placeholder="Find in article"
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
          Search: <q>{source.query}</q>
        </span>
      )}
      <output className="match-bar__count" aria-live="polite">
        {countLabel(matches)}
      </output>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        title="Previous match ([ or Shift+F3)"
        disabled={matches.matches.length === 0}
        onClick={() => matches.step(-1)}
      >
        <ChevronUpIcon />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Next match"
        title="Next match (] or F3)"
        disabled={matches.matches.length === 0}
        onClick={() => matches.step(1)}
      >
        <ChevronDownIcon />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Clear matches"
        title="Clear matches"
        onClick={matches.close}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
