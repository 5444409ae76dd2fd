import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useIntl } from 'react-intl';
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

/** Save once scrolling has paused this long, not on every frame. */
const SAVE_DELAY_MS = 500;
/**
 * While a scroll goes on, the place is measured this often (a binary search
 * over the blocks, about 11 layout reads), so a reflow mid-scroll still
 * keeps it; never on every frame.
 */
const MEASURE_EVERY_MS = 150;

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
  const intl = useIntl();
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

  // While a long article is still filling in (ArticleBody), the page is
  // shorter than the article and its progress wrong: nothing is saved until
  // every block is there, and the place stays the one it opened at. Checked
  // when measuring, while the article is still in the page (also on leaving).
  const filledIn = useRef(false);

  const measure = useCallback(() => {
    const root = articleRef.current;
    if (!root) return;
    filledIn.current ||= root.querySelectorAll('[data-block-id]').length >= article.blocks.length;
    latest.current = measureReadingPosition(root, textLengthOf) ?? latest.current;
  }, [article.blocks.length, articleRef, textLengthOf]);

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
    if (!position || !filledIn.current) return;
    const key = JSON.stringify(position);
    if (key === lastSaved.current) return;
    lastSaved.current = key;
    api.saveReadingPosition(article.id, position).then(
      (stored) => onSaved(article.id, stored),
      (error: unknown) => {
        logIfUnexpected(error);
        lastSaved.current = null;
        notify(
          intl.formatMessage(
            { id: 'reader.failed.savePlace' },
            { title: article.title, message: describeError(error).message },
          ),
        );
      },
    );
  }, [api, article.id, article.title, notify, onSaved, intl]);

  // The scroll and leave handlers are installed once and always call the newest functions.
  const saveRef = useRef(save);
  const measureRef = useRef(measure);
  useLayoutEffect(() => {
    saveRef.current = save;
    measureRef.current = measure;
  });

  // A scroll event only sets timers: the place is measured a few times a
  // second while scrolling goes on and when it ends (so a reflow right after
  // keeps it), and saved once it has paused. Opening counts as reading: the
  // place is saved after the pause that follows it, too.
  useEffect(() => {
    let measureTimer = 0;
    const measureNow = () => {
      window.clearTimeout(measureTimer);
      measureTimer = 0;
      measureRef.current();
    };
    const measureAndSave = () => {
      measureNow();
      if (filledIn.current) saveRef.current();
      else saveTimer.current = window.setTimeout(measureAndSave, SAVE_DELAY_MS);
    };
    const onScroll = () => {
      measureTimer ||= window.setTimeout(measureNow, MEASURE_EVERY_MS);
      window.clearTimeout(saveTimer.current);
      saveTimer.current = window.setTimeout(measureAndSave, SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('scrollend', measureNow);
    window.addEventListener('resize', onScroll);
    onScroll();
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('scrollend', measureNow);
      window.removeEventListener('resize', onScroll);
      window.clearTimeout(measureTimer);
      window.clearTimeout(saveTimer.current);
    };
  }, []);

  // Leaving: the place is measured while the article is still laid out (a
  // layout effect's cleanup runs before React removes the DOM), then saved.
  useLayoutEffect(() => () => measureRef.current(), []);
  useEffect(() => {
    const saveNow = () => {
      measureRef.current();
      saveRef.current();
    };
    const saveIfHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', saveIfHidden);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', saveIfHidden);
      saveRef.current();
    };
  }, []);

  const keepPlace = useCallback(() => {
    const root = articleRef.current;
    if (root && latest.current) scrollToReadingPosition(root, latest.current, textLengthOf);
  }, [articleRef, textLengthOf]);

  return useMemo(() => ({ keepPlace }), [keepPlace]);
}
