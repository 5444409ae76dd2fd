import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  type FocusEvent,
  type Ref,
} from 'react';
import type { ArticleSummary } from '../../../common/model';
import { useDocumentTop } from '../hooks/useDocumentTop';
import { readingLineOffset } from '../lib/layout';
import type { ReadingPositions } from '../lib/reading-positions';
import { articleHref, navigateTo } from '../lib/routes';
import { ArticleListItem } from './ArticleListItem';

/** A typical card's height; real heights are measured as cards render. */
const ESTIMATED_CARD_HEIGHT = 176;

export interface ArticleListHandle {
  /** Moves keyboard focus by steps through the list (focuses the current article first). */
  move(steps: number): void;
  moveTo(edge: 'first' | 'last'): void;
  focusCurrent(): void;
  /** Opens the current article when focus is in the list (or nowhere); false otherwise. */
  openCurrent(): boolean;
}

interface Props {
  articles: readonly ArticleSummary[];
  positions: ReadingPositions;
  /** The article that has (or last had) keyboard focus; it stays rendered and tabbable. */
  currentId: string | null;
  onCurrentChange: (articleId: string) => void;
  /** Scroll to and focus the current article once mounted (coming back from reading it). */
  revealCurrentOnMount: boolean;
  ref?: Ref<ArticleListHandle>;
}

/**
 * The library's articles as a virtual list: only the cards near the viewport
 * exist in the DOM, so 3,000 articles scroll like 30. The list keeps its
 * semantics: each rendered item says its place with aria-posinset/setsize.
 */
export function ArticleList({
  articles,
  positions,
  currentId,
  onCurrentChange,
  revealCurrentOnMount,
  ref,
}: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const scrollMargin = useDocumentTop(listRef);
  const pendingFocus = useRef<string | null>(null);

  const currentIndex = useMemo(
    () => (currentId === null ? -1 : articles.findIndex((article) => article.id === currentId)),
    [articles, currentId],
  );

  // The current article is always rendered, even when scrolled away, so Tab
  // can reach the list and focus has somewhere to land.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (currentIndex >= 0 && !indexes.includes(currentIndex)) {
        indexes.push(currentIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [currentIndex],
  );

  const virtualizer = useWindowVirtualizer({
    count: articles.length,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    overscan: 5,
    scrollMargin,
    scrollPaddingStart: readingLineOffset(),
    scrollPaddingEnd: 24,
    getItemKey: (index) => articles[index]?.id ?? index,
    rangeExtractor,
  });

  const focusLink = useCallback((articleId: string): boolean => {
    const link = listRef.current?.querySelector<HTMLAnchorElement>(
      `a[data-article-id="${CSS.escape(articleId)}"]`,
    );
    link?.focus({ preventScroll: true });
    return Boolean(link);
  }, []);

  const focusIndex = useCallback(
    (index: number) => {
      const article = articles[index];
      if (!article) return;
      onCurrentChange(article.id);
      virtualizer.scrollToIndex(index, { align: 'auto' });
      // The card may only render on the next commit; focus it then.
      if (!focusLink(article.id)) pendingFocus.current = article.id;
    },
    [articles, focusLink, onCurrentChange, virtualizer],
  );

  useEffect(() => {
    if (pendingFocus.current && focusLink(pendingFocus.current)) pendingFocus.current = null;
  });

  // Coming back from an article: put it back in view and under focus. Waits
  // for the list's offset to be measured so the scroll lands in the right
  // place, and never takes focus from where the reader has put it (the list
  // also remounts when a filter stops matching nothing while they type).
  const revealed = useRef(false);
  useEffect(() => {
    if (revealed.current || scrollMargin === 0) return;
    revealed.current = true;
    const focusIsFree = !document.activeElement || document.activeElement === document.body;
    if (!revealCurrentOnMount || currentIndex < 0 || !focusIsFree) return;
    virtualizer.scrollToIndex(currentIndex, { align: 'center' });
    pendingFocus.current = articles[currentIndex]?.id ?? null;
  }, [scrollMargin, revealCurrentOnMount, currentIndex, virtualizer, articles]);

  const focusedIndex = (): number | null => {
    const item = document.activeElement?.closest<HTMLElement>('[data-index]');
    if (!item || !listRef.current?.contains(item)) return null;
    return Number(item.dataset.index);
  };

  useImperativeHandle(ref, (): ArticleListHandle => ({
    move(steps) {
      const from = focusedIndex();
      if (from === null) focusIndex(Math.max(0, currentIndex));
      else focusIndex(Math.min(articles.length - 1, Math.max(0, from + steps)));
    },
    moveTo(edge) {
      focusIndex(edge === 'first' ? 0 : articles.length - 1);
    },
    focusCurrent() {
      focusIndex(Math.max(0, currentIndex));
    },
    openCurrent() {
      const focusInList = focusedIndex() !== null;
      if (!focusInList && document.activeElement !== document.body) return false;
      const article = articles[focusedIndex() ?? currentIndex];
      if (!article) return false;
      navigateTo(articleHref(article.id));
      return true;
    },
  }));

  const onFocus = (event: FocusEvent) => {
    const articleId = (event.target as HTMLElement).dataset.articleId;
    if (articleId && articleId !== currentId) onCurrentChange(articleId);
  };

  const tabbableIndex = currentIndex >= 0 ? currentIndex : 0;

  return (
    <ul
      ref={listRef}
      className="article-list"
      role="list"
      aria-label="Articles"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const article = articles[item.index];
        if (!article) return null;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="article-list__item"
            role="listitem"
            aria-setsize={articles.length}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <ArticleListItem
              article={article}
              progress={positions[article.id]?.progress}
              tabbable={item.index === tabbableIndex}
            />
          </li>
        );
      })}
    </ul>
  );
}
