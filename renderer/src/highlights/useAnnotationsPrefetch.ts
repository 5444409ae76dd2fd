import { useCallback, useEffect, useRef } from 'react';
import type { Annotation } from '../../../common/annotations';
import { useApi } from '../hooks/useApi';

/** Hands out the annotations asked for with the article, to the reader that opens it. */
export type TakeAnnotations = (articleId: string) => Promise<Annotation[]> | null;

/**
 * Asks for an article's annotations at the same time as the article itself,
 * instead of once the article has rendered: with a thousand highlights the
 * list takes as long to arrive as the article does, and waiting for one
 * before asking for the other made the marks appear a round trip late.
 *
 * The request goes to the first reader that takes it for that article; a
 * reader opened later (new text after a rebuild, when the list is placed
 * again in the new text) asks afresh, as does one that finds nothing.
 */
export function useAnnotationsPrefetch(articleId: string): TakeAnnotations {
  const api = useApi();
  const pending = useRef<{ articleId: string; request: Promise<Annotation[]> } | null>(null);

  useEffect(() => {
    const request = api.listAnnotations(articleId);
    // A request nobody takes is dropped with its answer: its failure is
    // reported by the reader's own request instead, which it then makes.
    request.catch(() => undefined);
    pending.current = { articleId, request };
    return () => {
      pending.current = null;
    };
  }, [api, articleId]);

  return useCallback((id: string) => {
    const prefetched = pending.current;
    if (!prefetched || prefetched.articleId !== id) return null;
    pending.current = null;
    return prefetched.request;
  }, []);
}
