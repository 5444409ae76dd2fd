import { useIntl } from 'react-intl';
import { useEffect, useRef, useState } from 'react';
import type { Article } from '../../../common/model';
import { describeError, logIfUnexpected } from '../lib/api';
import { useApi, useReaderEvent } from './useApi';
import { useLoadable, type Loadable } from './useLoadable';
import { useNotify } from './useNotices';

/** The article, or word that a rebuilt collection no longer has it. */
export type ArticleLoad = Loadable<Article> | { state: 'removed' };

/**
 * Loads one article and follows it through rebuilds of the collection: when
 * one is reloaded, the article is asked for again and replaces the one shown
 * if its text changed (same content hash: the same object stays, nothing
 * redraws). While the new answer is on its way the old article stays shown,
 * and while the reader is typing (a note, a tag) it waits until they leave
 * the field, so nothing half-written is taken away.
 */
export function useArticle(
  articleId: string,
  /** Called just before `next` replaces `shown` on screen. */
  beforeReplace?: (shown: Article, next: Article) => void,
): ArticleLoad {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const loaded = useLoadable(() => api.getArticle(articleId), [api, articleId]);
  const [newer, setNewer] = useState<{ id: string; load: Article | 'removed' } | null>(null);
  /** Answers to an older reload are dropped. */
  const asked = useRef(0);
  /** Undoes the wait for the reader to stop typing, when a newer answer comes or the view closes. */
  const cancelWait = useRef<() => void>(() => {});

  useEffect(() => () => cancelWait.current(), []);

  const shown = newer?.id === articleId ? newer.load : undefined;
  const current = shown === undefined && loaded.state === 'ready' ? loaded.value : shown;

  useReaderEvent('collectionReloaded', () => {
    const ticket = ++asked.current;
    api.getArticle(articleId).then(
      (article) => {
        if (ticket !== asked.current) return;
        // A text still waiting to be shown is older than this answer.
        cancelWait.current();
        if (typeof current === 'object' && current.contentHash === article.contentHash) return;
        cancelWait.current = whenNotTyping(() => {
          if (typeof current === 'object') beforeReplace?.(current, article);
          setNewer({ id: articleId, load: article });
        });
      },
      (error: unknown) => {
        if (ticket !== asked.current) return;
        cancelWait.current();
        const described = describeError(error);
        if (described.code === 'not-found') {
          cancelWait.current = whenNotTyping(() => setNewer({ id: articleId, load: 'removed' }));
          return;
        }
        logIfUnexpected(error);
        notify(intl.formatMessage({ id: 'reader.failed.update' }, { message: described.message }));
      },
    );
  });

  if (shown === 'removed') return { state: 'removed' };
  if (shown) return { state: 'ready', value: shown };
  return loaded;
}

function isTyping(): boolean {
  const focused = document.activeElement;
  return (
    focused instanceof HTMLElement &&
    (focused.isContentEditable || focused.matches('input, textarea, select'))
  );
}

/** Runs `apply` now, or once focus has left the field being typed in; returns the cancel. */
function whenNotTyping(apply: () => void): () => void {
  if (!isTyping()) {
    apply();
    return () => {};
  }
  let timer = 0;
  const onFocusOut = () => {
    // Focus moves after focusout: look once it has landed.
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (isTyping()) return;
      document.removeEventListener('focusout', onFocusOut);
      apply();
    });
  };
  document.addEventListener('focusout', onFocusOut);
  return () => {
    window.clearTimeout(timer);
    document.removeEventListener('focusout', onFocusOut);
  };
}
