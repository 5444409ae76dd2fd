// The matches marked in the open article, and which one is current: either a
// library search's matches (opened from a search result; the query rides in
// the route) or the find box's (Ctrl/Cmd+F, the typed text literally).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TextMatch } from '../../../common/api';
import { findInBlocks } from '../../../common/find-text';
import type { Article } from '../../../common/model';
import type { BlockDecoration } from '../components/BlockText';
import type { DecorationsByBlock } from '../components/ArticleBody';
import { useApi } from '../hooks/useApi';
import { describeError, logIfUnexpected } from '../lib/api';
import { preferredScrollBehavior } from '../lib/scroll';

export type MatchSource =
  { kind: 'none' } | { kind: 'search'; query: string } | { kind: 'find'; text: string };

export interface ArticleMatches {
  source: MatchSource;
  matches: readonly TextMatch[];
  /** Index into matches, or -1 when there are none. */
  current: number;
  /** Set while a library search's matches are being fetched, or when that failed. */
  state: 'ready' | 'loading' | { failed: string };
  decorations: DecorationsByBlock;
  step(direction: 1 | -1): boolean;
  find(text: string): void;
  close(): void;
}

export const CURRENT_MATCH_CLASS = 'search-mark--current';

export function useArticleMatches(
  article: Article,
  searchQuery: string | undefined,
  targetBlockId: string | undefined,
  articleRef: React.RefObject<HTMLElement | null>,
): ArticleMatches {
  const api = useApi();
  const [source, setSource] = useState<MatchSource>(
    searchQuery ? { kind: 'search', query: searchQuery } : { kind: 'none' },
  );
  const [searchMatches, setSearchMatches] = useState<TextMatch[] | null>(null);
  const [searchFailure, setSearchFailure] = useState<string | null>(null);
  const [current, setCurrent] = useState(-1);
  // Step to the current mark only after the reader asked to, not on every render.
  const revealRequest = useRef(false);

  useEffect(() => {
    if (!searchQuery) return;
    let live = true;
    api.searchInArticle(article.id, searchQuery).then(
      (answer) => {
        if (!live) return;
        setSearchMatches(answer.matches);
        // Start at the passage the reader chose.
        const first = targetBlockId
          ? answer.matches.findIndex((m) => m.blockId === targetBlockId)
          : 0;
        setCurrent(answer.matches.length === 0 ? -1 : Math.max(0, first));
      },
      (error: unknown) => {
        logIfUnexpected(error);
        if (live) setSearchFailure(describeError(error).message);
      },
    );
    return () => {
      live = false;
    };
  }, [api, article.id, searchQuery, targetBlockId]);

  const matches = useMemo<readonly TextMatch[]>(() => {
    if (source.kind === 'find') return findInBlocks(article.blocks, source.text);
    if (source.kind === 'search') return searchMatches ?? [];
    return [];
  }, [article.blocks, source, searchMatches]);

  const decorations = useMemo(() => {
    const byBlock = new Map<string, BlockDecoration[]>();
    matches.forEach((m, i) => {
      const list = byBlock.get(m.blockId) ?? [];
      list.push({
        start: m.start,
        end: m.end,
        className: i === current ? `search-mark ${CURRENT_MATCH_CLASS}` : 'search-mark',
        data: { match: String(i) },
      });
      byBlock.set(m.blockId, list);
    });
    return byBlock as DecorationsByBlock;
  }, [matches, current]);

  // Bring the current match into view once it is drawn.
  useLayoutEffect(() => {
    if (!revealRequest.current) return;
    revealRequest.current = false;
    const root = articleRef.current;
    // A match in a picture's alt text has no <mark> to show: the picture itself comes into view.
    const blockId = matches[current]?.blockId;
    const target =
      root?.querySelector(`mark.${CURRENT_MATCH_CLASS}`) ??
      (blockId === undefined
        ? null
        : root?.querySelector(`[data-block-id="${CSS.escape(blockId)}"]`));
    target?.scrollIntoView({ behavior: preferredScrollBehavior(), block: 'center' });
  }, [current, matches, articleRef]);

  const step = useCallback(
    (direction: 1 | -1) => {
      if (matches.length === 0) return false;
      revealRequest.current = true;
      setCurrent((i) => (i < 0 ? 0 : (i + direction + matches.length) % matches.length));
      return true;
    },
    [matches.length],
  );

  const find = useCallback((text: string) => {
    setSource({ kind: 'find', text });
    revealRequest.current = true;
    setCurrent(text.trim() === '' ? -1 : 0);
  }, []);

  const close = useCallback(() => {
    setSource({ kind: 'none' });
    setCurrent(-1);
  }, []);

  const state: ArticleMatches['state'] =
    source.kind !== 'search'
      ? 'ready'
      : searchFailure
        ? { failed: searchFailure }
        : searchMatches
          ? 'ready'
          : 'loading';

  return {
    source,
    matches,
    current: matches.length === 0 ? -1 : Math.min(current, matches.length - 1),
    state,
    decorations,
    step,
    find,
    close,
  };
}
