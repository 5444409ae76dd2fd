// Re-anchoring: when the publisher changed an article, its annotations are
// looked for again in the new text, once per article and session, before
// they are listed; the result is stored so it is not redone next time. Only
// the place is written, in the store's write order, so a note edited or a
// delete made meanwhile is never undone.
import type { Annotation } from '../../common/annotations';
import { ReaderError } from '../../common/errors';
import type { Article, ArticleSummary } from '../../common/model';
import type { Collection } from '../content/collection';
import { flatTextCache, placeIn, stale } from './placing';
import type { AnnotationStore } from './store';

export interface ReanchoringOptions {
  store: AnnotationStore;
  collection: Pick<Collection, 'manifest' | 'article'>;
  now: () => string;
  log: (message: string) => void;
}

export function createReanchoring({ store, collection, now, log }: ReanchoringOptions) {
  /**
   * Articles already checked this session, by id and content hash, so each
   * change is re-anchored once, and again when a rebuilt collection that is
   * reloaded while the app runs changes the article once more.
   */
  const checked = new Map<string, Promise<void>>();
  /** Places found again that the store could not save this session, by annotation id. */
  const unsavedPlaces = new Map<string, Pick<Annotation, 'anchor' | 'anchoring'>>();

  async function articleOrNull(id: string): Promise<Article | null> {
    try {
      return await collection.article(id);
    } catch (error) {
      if (error instanceof ReaderError && error.code === 'not-found') return null;
      throw error;
    }
  }

  /** Re-anchors one article's annotations if its text changed since they were placed. */
  function ensureAnchored(articleId: string, summary: ArticleSummary | undefined): Promise<void> {
    const key = `${articleId}\u0000${summary?.contentHash ?? ''}`;
    const existing = checked.get(key);
    if (existing) return existing;
    const work = (async () => {
      const mine = store
        .all()
        .filter((a) => a.articleId === articleId && stale(a, summary?.contentHash));
      if (mine.length === 0) return;
      const article = summary ? await articleOrNull(articleId) : null;
      const at = now();
      const flat = article ? flatTextCache()(article) : undefined;
      const updated: Annotation[] = [];
      for (const annotation of mine) {
        updated.push(placeIn(annotation, article, at, flat));
        // An approximate search over a long article takes a while: let other
        // calls (and, in Electron, the main process) run between highlights.
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Only the place changes: a note or colour edited meanwhile is kept,
      // and an annotation deleted meanwhile stays deleted.
      try {
        await store.putWith(() =>
          updated.flatMap((placed) => {
            const current = store.get(placed.id);
            return current
              ? [{ ...current, anchor: placed.anchor, anchoring: placed.anchoring }]
              : [];
          }),
        );
      } catch (error) {
        if (!(error instanceof ReaderError && error.code === 'storage-failed')) throw error;
        // The store cannot be written this session (read-only, full, another
        // copy holds it): the new places are shown all the same, and found
        // again at the next start, when the store may be writable.
        for (const placed of updated) {
          unsavedPlaces.set(placed.id, { anchor: placed.anchor, anchoring: placed.anchoring });
        }
        log(
          `The new places of ${updated.length} annotation(s) of "${articleId}" could not be saved: ${error.message}`,
        );
      }
      const lost = updated.filter((a) => a.anchoring?.method === 'orphan').length;
      log(
        `Re-anchored ${updated.length} annotation(s) of "${articleId}" after it changed${lost ? `; ${lost} could not be found again` : ''}.`,
      );
    })();
    // A failed attempt may be retried on the next call.
    checked.set(key, work);
    work.catch(() => checked.delete(key));
    return work;
  }

  async function ensureAllAnchored(): Promise<void> {
    const manifest = await collection.manifest();
    const summaries = new Map(manifest.articles.map((a) => [a.id, a]));
    const articleIds = new Set(store.all().map((a) => a.articleId));
    for (const id of articleIds) await ensureAnchored(id, summaries.get(id));
  }

  async function summaryOf(articleId: string): Promise<ArticleSummary | undefined> {
    return (await collection.manifest()).articles.find((a) => a.id === articleId);
  }

  async function listFor(articleId?: string): Promise<Annotation[]> {
    if (articleId === undefined) await ensureAllAnchored();
    else await ensureAnchored(articleId, await summaryOf(articleId));
    return store
      .all()
      .filter((a) => articleId === undefined || a.articleId === articleId)
      .map((a) => {
        const place = unsavedPlaces.get(a.id);
        return place ? { ...a, ...place } : a;
      });
  }

  return {
    /** One article's annotations (or all), each in its place in the current text. */
    list: listFor,
    articleOrNull,
  };
}
