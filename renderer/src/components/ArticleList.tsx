import { useIntl } from 'react-intl';
import {
  defaultRangeExtractor,
  useWindowVirtualizer,
  type Range,
  type VirtualItem,
} from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type Ref,
  type RefObject,
} from 'react';
import { useDocumentTop } from '../hooks/useDocumentTop';
import { readingLineOffset } from '../lib/layout';
import type { LibraryResults } from '../lib/library-pages';
import type { ReadingPositions } from '../lib/reading-positions';
import { articleHref, navigateTo } from '../lib/routes';
import { ArticleListItem, ArticleListPlaceholder } from './ArticleListItem';

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

/**
 * Where the list was when an article was opened: the window's scroll and
 * the cards' measured heights, so coming back puts every card where it was.
 * Only good for the same results (key and revision).
 */
export interface ListMemory {
  key: string;
  revision: number;
  scrollY: number;
  sizes: VirtualItem[];
}

/** The remembered place, if it belongs to these results. */
export function memoryFor(
  memory: ListMemory | null,
  results: Pick<LibraryResults, 'key' | 'revision'>,
): ListMemory | null {
  return memory && memory.key === results.key && memory.revision === results.revision
    ? memory
    : null;
}

interface Props {
  results: LibraryResults;
  positions: ReadingPositions;
  /** The article that has (or last had) keyboard focus; it stays rendered and tabbable. */
  currentId: string | null;
  onCurrentChange: (articleId: string) => void;
  /** Asks for the entries at these places, as they come into view. */
  onNeedEntries: (indexes: number[]) => void;
  /** Scroll to and focus the current article once mounted (coming back from reading it). */
  revealCurrentOnMount: boolean;
  memory: RefObject<ListMemory | null>;
  ref?: Ref<ArticleListHandle>;
}

/**
 * The library's articles as a virtual list: only the cards near the viewport
 * exist in the DOM, and only their entries need to have arrived, so 10,000
 * articles scroll like 30. The list keeps its semantics: each rendered item
 * says its place with aria-posinset/setsize, loaded or not.
 */
export function ArticleList({
  results,
  positions,
  currentId,
  onCurrentChange,
  onNeedEntries,
  revealCurrentOnMount,
  memory,
  ref,
}: Props) {
  const intl = useIntl();
  const listRef = useRef<HTMLUListElement>(null);
  const scrollMargin = useDocumentTop(listRef);
  /**
   * A card to focus once it has rendered with its entry. `unlessTaken`: only
   * if focus is still nowhere by then (coming back from an article must not
   * take focus from the search box the reader has gone to meanwhile).
   */
  const pendingFocus = useRef<{ index: number; unlessTaken: boolean } | null>(null);
  const { total } = results;
  // Read once: the sizes seed the virtualiser, which keeps its own from then on.
  const [remembered] = useState(() => memoryFor(memory.current, results));

  const currentIndex = currentId === null ? -1 : (results.indexOf(currentId) ?? -1);

  // The current article is always rendered, even when scrolled away, so Tab
  // can reach the list and focus has somewhere to land.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (currentIndex >= 0 && currentIndex < range.count && !indexes.includes(currentIndex)) {
        indexes.push(currentIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [currentIndex],
  );

  const getItemKey = useCallback(
    // An index for a card not yet loaded: numbers and ids never collide.
    (index: number) => results.entryAt(index)?.id ?? index,
    [results],
  );

  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    overscan: 5,
    scrollMargin,
    scrollPaddingStart: readingLineOffset(),
    scrollPaddingEnd: 24,
    getItemKey,
    rangeExtractor,
    initialMeasurementsCache: remembered?.sizes,
    initialOffset: remembered?.scrollY,
  });
  const items = virtualizer.getVirtualItems();

  // What comes into view is asked for; the store asks only for what it lacks.
  const wanted = items.map((item) => item.index).join(',');
  useEffect(() => {
    if (wanted) onNeedEntries(wanted.split(',').map(Number));
  }, [wanted, onNeedEntries]);

  // Kept for the way back when the list goes (an article opens), before the
  // reader's page changes the scroll; only then, as a snapshot of the sizes
  // is not free.
  const shown = useRef(results);
  shown.current = results;
  useLayoutEffect(
    () => () => {
      memory.current = {
        key: shown.current.key,
        revision: shown.current.revision,
        scrollY: virtualizer.scrollOffset ?? window.scrollY,
        sizes: virtualizer.takeSnapshot(),
      };
    },
    [memory, virtualizer],
  );

  const focusLink = useCallback((articleId: string): boolean => {
    const link = listRef.current?.querySelector<HTMLAnchorElement>(
      `a[data-article-id="${CSS.escape(articleId)}"]`,
    );
    link?.focus({ preventScroll: true });
    return Boolean(link);
  }, []);

  const focusIndex = useCallback(
    (index: number) => {
      if (index < 0 || index >= total) return;
      const entry = results.entryAt(index);
      if (entry) onCurrentChange(entry.id);
      virtualizer.scrollToIndex(index, { align: 'auto' });
      // The card may render, or its entry arrive, only later; focus it then.
      pendingFocus.current = { index, unlessTaken: false };
      if (entry && focusLink(entry.id)) pendingFocus.current = null;
    },
    [results, total, focusLink, onCurrentChange, virtualizer],
  );

  const focusPending = useCallback(() => {
    const pending = pendingFocus.current;
    if (pending === null) return;
    const inList = listRef.current?.contains(document.activeElement) ?? false;
    if (pending.unlessTaken && !inList && !focusIsFree()) {
      pendingFocus.current = null;
      return;
    }
    const entry = results.entryAt(pending.index);
    if (entry && focusLink(entry.id)) pendingFocus.current = null;
  }, [results, focusLink]);

  useEffect(focusPending);

  // Coming back from an article: the list is where it was (LibraryView puts
  // the scroll back) or, if its results changed meanwhile, the article is
  // brought into view; either way it gets focus. Waits for the list's offset
  // to be measured so the scroll lands in the right place, and never takes
  // focus from where the reader has put it (the list also remounts when a
  // filter stops matching nothing while they type).
  const revealed = useRef(false);
  useEffect(() => {
    if (revealed.current || scrollMargin === 0) return;
    revealed.current = true;
    if (!revealCurrentOnMount || currentIndex < 0 || !focusIsFree()) return;
    if (!remembered) virtualizer.scrollToIndex(currentIndex, { align: 'center' });
    pendingFocus.current = { index: currentIndex, unlessTaken: true };
    focusPending();
  }, [scrollMargin, revealCurrentOnMount, currentIndex, virtualizer, remembered, focusPending]);

  // The same filter answered afresh (the recently read order after reading):
  // the current article may have moved, and focus follows it.
  const answeredRevision = useRef(results.revision);
  useEffect(() => {
    if (answeredRevision.current === results.revision) return;
    answeredRevision.current = results.revision;
    const inList = listRef.current?.contains(document.activeElement) ?? false;
    if (currentIndex < 0 || !(inList || focusIsFree())) return;
    virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
    pendingFocus.current = { index: currentIndex, unlessTaken: true };
    focusPending();
  }, [results.revision, currentIndex, virtualizer, focusPending]);

  const focusedIndex = (): number | null => {
    const item = document.activeElement?.closest<HTMLElement>('[data-index]');
    if (!item || !listRef.current?.contains(item)) return null;
    return Number(item.dataset.index);
  };

  useImperativeHandle(ref, (): ArticleListHandle => ({
    move(steps) {
      // A move whose card has not arrived yet (its page of the list is still
      // on its way) counts as made: the next key goes on from there, so no
      // press is lost while a page loads.
      const pending = pendingFocus.current;
      const from = pending && !pending.unlessTaken ? pending.index : focusedIndex();
      if (from === null) focusIndex(Math.max(0, currentIndex));
      else focusIndex(Math.min(total - 1, Math.max(0, from + steps)));
    },
    moveTo(edge) {
      focusIndex(edge === 'first' ? 0 : total - 1);
    },
    focusCurrent() {
      focusIndex(Math.max(0, currentIndex));
    },
    openCurrent() {
      const focused = focusedIndex();
      if (focused === null && !focusIsFree()) return false;
      const entry = results.entryAt(focused ?? currentIndex);
      if (!entry) return false;
      navigateTo(articleHref(entry.id));
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
      aria-label={intl.formatMessage({ id: 'library.list.label' })}
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
    >
      {items.map((item) => {
        const entry = results.entryAt(item.index);
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="article-list__item"
            role="listitem"
            aria-setsize={total}
            aria-posinset={item.index + 1}
            aria-busy={entry ? undefined : true}
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {entry ? (
              <ArticleListItem
                article={entry}
                progress={positions[entry.id]?.progress}
                tabbable={item.index === tabbableIndex}
              />
            ) : (
              <ArticleListPlaceholder />
            )}
          </li>
        );
      })}
    </ul>
  );
}

function focusIsFree(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}
