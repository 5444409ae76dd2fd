// Each history entry of an article keeps the place the reader left it at
// (block and offset, measured once on leaving, never per frame), so Back and
// Forward return there. Within one article, a new entry is a link to one of
// its blocks: the text goes there, focus moves to it for screen readers, and
// the block is briefly tinted.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Article } from '../../../common/model';
import type { ReadingPosition } from '../../../common/settings';
import { focusWithoutScrolling } from '../lib/focus';
import {
  findBlockElement,
  measureReadingPosition,
  scrollToReadingPosition,
} from '../lib/reading-position';
import { showArrivalCue } from './arrival-cue';
import { entryMemories } from './session-history';

interface Options {
  article: Article;
  articleRef: RefObject<HTMLElement | null>;
  /** The history entry on screen (useCurrentEntryKey). */
  entryKey: string;
  /** The block the entry's route names (?block=). */
  targetBlockId: string | undefined;
  textLengthOf: (blockId: string) => number;
}

/** Where this entry was left before, if the reader has been here and moved on. */
export function rememberedPlace(
  entryKey: string,
  articleId: string,
): Pick<ReadingPosition, 'blockId' | 'offset'> | undefined {
  const place = entryMemories.get(entryKey, 'place');
  return place?.articleId === articleId
    ? { blockId: place.blockId, offset: place.offset }
    : undefined;
}

/**
 * Returns the place the article opens at for its entry, when the entry was
 * left before (the first open is useReadingPosition's to place); later entry
 * changes within the article are handled here.
 */
export function useEntryPlace({
  article,
  articleRef,
  entryKey,
  targetBlockId,
  textLengthOf,
}: Options): Pick<ReadingPosition, 'blockId' | 'offset'> | undefined {
  const [openedAt] = useState(() => rememberedPlace(entryKey, article.id));
  // The first run is the opening, which useReadingPosition places.
  const opened = useRef(false);
  const latest = useRef({ targetBlockId, textLengthOf });
  latest.current = { targetBlockId, textLengthOf };

  useLayoutEffect(() => {
    const root = articleRef.current;
    if (root && opened.current) arriveWithin(root, entryKey, article.id);
    opened.current = true;
    // Leaving the entry (another one, or the article closes): the DOM is
    // still this entry's, so the place measured is the one being left.
    return () => {
      if (!root) return;
      const place = measureReadingPosition(root, latest.current.textLengthOf);
      if (place) {
        entryMemories.set(entryKey, 'place', {
          articleId: article.id,
          blockId: place.blockId,
          offset: place.offset,
        });
      }
    };
    function arriveWithin(root: HTMLElement, key: string, articleId: string) {
      const { targetBlockId: blockId, textLengthOf: lengthOf } = latest.current;
      const remembered = rememberedPlace(key, articleId);
      if (remembered && scrollToReadingPosition(root, remembered, lengthOf)) {
        focusWithoutScrolling(findBlockElement(root, remembered.blockId));
        return;
      }
      const target = blockId ? findBlockElement(root, blockId) : null;
      if (target && blockId) {
        scrollToReadingPosition(root, { blockId, offset: 0 }, lengthOf);
        focusWithoutScrolling(target);
        showArrivalCue(target);
        return;
      }
      // The article itself, with no block: its top, as a fresh open would.
      window.scrollTo({ top: 0, behavior: 'instant' });
      focusWithoutScrolling(root.querySelector<HTMLElement>('h1'));
    }
  }, [article.id, articleRef, entryKey]);

  // A link to the entry already on screen (the same block link followed
  // twice) changes no hash, so no new entry comes: it still goes there.
  useEffect(() => {
    const root = articleRef.current;
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link || link.getAttribute('href') !== window.location.hash) return;
      const blockId = latest.current.targetBlockId;
      const target = blockId ? findBlockElement(root, blockId) : null;
      if (!target || !blockId) return;
      event.preventDefault();
      scrollToReadingPosition(root, { blockId, offset: 0 }, latest.current.textLengthOf);
      focusWithoutScrolling(target);
      showArrivalCue(target);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [articleRef]);

  return openedAt;
}
