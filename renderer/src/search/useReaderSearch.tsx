// Everything search adds to the reader, behind one hook so ArticleReader only
// wires it in: the search field in the bar, the marks in the text, the
// matches bar with "n of N", the flash on the opened passage, and the keys.
import { useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Article } from '../../../common/model';
import type { DecorationsByBlock } from '../components/ArticleBody';
import type { ShortcutHandler } from '../lib/shortcuts';
import { ArticleMatchesBar } from './ArticleMatchesBar';
import { SearchBox } from './SearchBox';
import { useArticleMatches } from './useArticleMatches';
import { useFlashBlock } from './useFlashBlock';

interface Options {
  article: Article;
  articleRef: RefObject<HTMLElement | null>;
  /** A library search the article was opened from (its words get marked). */
  searchQuery: string | undefined;
  /** The passage the search result pointed at. */
  targetBlockId: string | undefined;
}

export interface ReaderSearch {
  searchBox: ReactNode;
  matchesBar: ReactNode;
  decorations: DecorationsByBlock;
  shortcuts: {
    'search-library': ShortcutHandler;
    'find-in-article': ShortcutHandler;
    'next-match': ShortcutHandler;
    'previous-match': ShortcutHandler;
    'clear-matches': ShortcutHandler;
  };
}

const inTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('input, textarea, select') !== null;

export function useReaderSearch({
  article,
  articleRef,
  searchQuery,
  targetBlockId,
}: Options): ReaderSearch {
  const searchInputRef = useRef<HTMLInputElement>(null);
  const [findFocus, setFindFocus] = useState(0);
  const matches = useArticleMatches(article, searchQuery, targetBlockId, articleRef);
  useFlashBlock(articleRef, targetBlockId, searchQuery !== undefined);

  const marked = matches.source.kind !== 'none';
  return {
    searchBox: <SearchBox inputRef={searchInputRef} compact />,
    matchesBar: <ArticleMatchesBar matches={matches} focusRequest={findFocus} />,
    decorations: matches.decorations,
    shortcuts: {
      'search-library': (event) => {
        // "/" typed into a field is just a character.
        if (event.key === '/' && inTextField(event.target)) return false;
        searchInputRef.current?.focus();
        searchInputRef.current?.select();
      },
      'find-in-article': () => {
        if (matches.source.kind !== 'find') matches.find('');
        setFindFocus((n) => n + 1);
      },
      'next-match': () => marked && matches.step(1),
      'previous-match': () => marked && matches.step(-1),
      'clear-matches': () => {
        if (!marked) return false;
        matches.close();
      },
    },
  };
}
