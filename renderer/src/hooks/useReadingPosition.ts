import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Article } from '../../../common/model';
import type { ReadingPosition, StoredReadingPosition } from '../../../common/settings';
import { describeError, logIfUnexpected } from '../lib/api';
import {
  findBlockElement,
  measureReadingPosition,
  scrollToReadingPosition,
} from '../lib/reading-position';
import { useApi } from './useApi';
import { useNotify } from './useNotices';
import { useScrollFrame } from './useScrollFrame';

/** Save once scrolling has paused this long, not on every frame. */
const SAVE_DELAY_MS = 500;

interface Options {
  article: Article;
  articleRef: RefObject<HTMLElement | null>;
  /** Where the reader left this article last time, if ever. */
  savedPosition: ReadingPosition | undefined;
  /** A block to open at instead (a link into the text). */
  targetBlockId: string | undefined;
  onSaved: (articleId: string, position: StoredReadingPosition) => void;
}

export interface ReadingPlace {
  /** Scrolls back to the last measured place, after a change that reflows the text. */
  keepPlace: () => void;
}

/**
 * Opens the article where the reader left it, follows the place while they
 * read, and saves it (a pause in scrolling, leaving the article, closing or
 * hiding the window).
 */
export function useReadingPosition({
  article,
  articleRef,
  savedPosition,
  targetBlockId,
  onSaved,
}: Options): ReadingPlace {
  const api = useApi();
  const notify = useNotify();
  const latest = useRef<ReadingPosition | null>(null);
  const lastSaved = useRef<string | null>(null);
  const saveTimer = useRef(0);

  const textLengths = useMemo(
    () => new Map(article.blocks.map((block) => [block.id, block.text.length])),
    [article],
  );
  const textLengthOf = useCallback(
    (blockId: string) => textLengths.get(blockId) ?? 0,
    [textLengths],
  );

  const measure = useCallback(() => {
    const root = articleRef.current;
    if (root) latest.current = measureReadingPosition(root, textLengthOf) ?? latest.current;
  }, [articleRef, textLengthOf]);

  // Before the first paint, so the article never shows at the wrong place.
  // Runs once: ReaderView is keyed by article id.
  const opened = useRef(false);
  useLayoutEffect(() => {
    const root = articleRef.current;
    if (opened.current || !root) return;
    opened.current = true;
    const target = targetBlockId ? findBlockElement(root, targetBlockId) : null;
    if (target) {
      scrollToReadingPosition(root, { blockId: targetBlockId ?? '', offset: 0 }, textLengthOf);
    } else if (!savedPosition || !scrollToReadingPosition(root, savedPosition, textLengthOf)) {
      window.scrollTo({ top: 0, behavior: 'instant' });
    }
    measure();
  }, [articleRef, measure, savedPosition, targetBlockId, textLengthOf]);

  const save = useCallback(() => {
    window.clearTimeout(saveTimer.current);
    const position = latest.current;
    if (!position) return;
    const key = JSON.stringify(position);
    if (key === lastSaved.current) return;
    lastSaved.current = key;
    api.saveReadingPosition(article.id, position).then(
      (stored) => onSaved(article.id, stored),
      (error: unknown) => {
        logIfUnexpected(error);
        lastSaved.current = null;
        notify(
          `Your place in “${article.title}” could not be saved: ${describeError(error).message}`,
        );
      },
    );
  }, [api, article.id, article.title, notify, onSaved]);

  useScrollFrame(() => {
    measure();
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => saveRef.current(), SAVE_DELAY_MS);
  });

  // The leave handlers are installed once and always call the newest save.
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => {
    const saveNow = () => saveRef.current();
    const saveIfHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', saveIfHidden);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', saveIfHidden);
      saveNow();
    };
  }, []);

  const keepPlace = useCallback(() => {
    const root = articleRef.current;
    if (root && latest.current) scrollToReadingPosition(root, latest.current, textLengthOf);
  }, [articleRef, textLengthOf]);

  return useMemo(() => ({ keepPlace }), [keepPlace]);
}
