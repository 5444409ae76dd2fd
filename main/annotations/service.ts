// Highlights, notes and bookmarks behind the API: validates against the
// article, keeps the store, re-anchors when the publisher changed an article
// (once per changed article; the result is stored so it is not redone), and
// exports and imports the notebook.
import { randomUUID } from 'node:crypto';
import { describeRange, type Anchor } from '../../common/anchoring';
import {
  type Annotation,
  type AnnotationPatch,
  type AnnotationsStatus,
  type ExportFormat,
  type ExportedFile,
  type ImportSummary,
  type NewHighlight,
  type NewBookmark,
  MAX_IMPORT_CHARS,
  MAX_QUOTE_LENGTH,
  NewBookmarkSchema,
  NewHighlightSchema,
} from '../../common/annotations';
import { ReaderError } from '../../common/errors';
import type { Article, ArticleSummary } from '../../common/model';
import {
  articleToMarkdown,
  notebookToMarkdown,
  notebookToWebAnnotations,
  type ArticleInfo,
} from '../../common/notebook-export';
import type { Collection } from '../content/collection';
import { importNotebook } from './import';
import { notebookFullMessage, notebookRoom } from './notebook-limit';
import { flatTextCache, placeIn, stale } from './placing';
import { checkRestorable } from './restore';
import type { AnnotationStore } from './store';

export interface AnnotationServiceOptions {
  store: AnnotationStore;
  collection: Pick<Collection, 'manifest' | 'article'>;
  now?: () => string;
  log?: (message: string) => void;
  /**
   * The longest notebook file import accepts, and so the notebook's size
   * limit (see notebook-limit.ts); smaller in tests.
   */
  maxImportChars?: number;
}

export function createAnnotationService(options: AnnotationServiceOptions) {
  const { store, collection } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const log = options.log ?? ((m: string) => console.warn(m));
  const maxImportChars = options.maxImportChars ?? MAX_IMPORT_CHARS;
  /** Articles already checked this session, so each change is re-anchored once. */
  const checked = new Map<string, Promise<void>>();
  /** Places found again that the store could not save this session, by annotation id. */
  const unsavedPlaces = new Map<string, Pick<Annotation, 'anchor' | 'anchoring'>>();

  function find(id: string): Annotation {
    const found = store.get(id);
    if (!found)
      throw new ReaderError(
        'not-found',
        `There is no highlight or bookmark "${id}"; it may have been deleted.`,
      );
    return found;
  }

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
    const existing = checked.get(articleId);
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
    checked.set(articleId, work);
    work.catch(() => checked.delete(articleId));
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

  async function create(
    article: Article,
    kind: Annotation['kind'],
    anchor: Anchor,
    fields: Pick<Annotation, 'color' | 'note' | 'tags'>,
  ) {
    const at = now();
    const title = (await collection.manifest()).title;
    const annotation: Annotation = {
      id: randomUUID(),
      kind,
      articleId: article.id,
      articleTitle: article.title,
      color: fields.color,
      note: fields.note,
      tags: uniqueTags(fields.tags),
      anchor,
      createdAt: at,
      updatedAt: at,
    };
    await putIfRoom(kind === 'highlight' ? 'createHighlight' : 'createBookmark', title, () => [
      annotation,
    ]);
    return annotation;
  }

  /** Writes what `compute` returns (at the write's turn) if the notebook has room for it. */
  function putIfRoom(
    action: string,
    collectionTitle: string,
    compute: () => Annotation[],
  ): Promise<void> {
    return store.putWith(() => {
      const items = compute();
      const room = notebookRoom(store.all(), collectionTitle, maxImportChars);
      if (!items.every((item) => room.take(item))) {
        throw new ReaderError('storage-failed', notebookFullMessage(action, maxImportChars));
      }
      return items;
    });
  }

  return {
    status(): AnnotationsStatus {
      return { count: store.all().length, ...(store.recovery ? { recovery: store.recovery } : {}) };
    },

    list: listFor,

    async createHighlight(input: NewHighlight): Promise<Annotation> {
      const parsed = NewHighlightSchema.parse(input);
      const article = await collection.article(parsed.articleId);
      let anchor: Anchor;
      try {
        anchor = describeRange(article, parsed.range);
      } catch (error) {
        throw new ReaderError('invalid-argument', `createHighlight: ${(error as Error).message}`);
      }
      if (anchor.quote.exact.length > MAX_QUOTE_LENGTH) {
        throw new ReaderError(
          'invalid-argument',
          `createHighlight: a highlight is at most ${MAX_QUOTE_LENGTH.toLocaleString('en')} characters; this selection has ${anchor.quote.exact.length.toLocaleString('en')}.`,
        );
      }
      if (anchor.quote.exact.trim() === '') {
        throw new ReaderError(
          'invalid-argument',
          'createHighlight: the selection holds only spaces.',
        );
      }
      return create(article, 'highlight', anchor, {
        color: parsed.color ?? 'yellow',
        note: parsed.note ?? '',
        tags: parsed.tags ?? [],
      });
    },

    async createBookmark(input: NewBookmark): Promise<Annotation> {
      const parsed = NewBookmarkSchema.parse(input);
      const article = await collection.article(parsed.articleId);
      const block = article.blocks.find((b) => b.id === parsed.blockId);
      if (!block || block.text.length === 0) {
        throw new ReaderError(
          'invalid-argument',
          `createBookmark: article "${article.id}" has no block "${parsed.blockId}" with text.`,
        );
      }
      const anchor = describeRange(article, {
        startBlockId: block.id,
        startOffset: 0,
        endBlockId: block.id,
        endOffset: block.text.length,
      });
      return create(article, 'bookmark', anchor, {
        color: 'yellow',
        note: parsed.note ?? '',
        tags: [],
      });
    },

    async update(id: string, patch: AnnotationPatch): Promise<Annotation> {
      find(id);
      const title = (await collection.manifest()).title;
      let next: Annotation | undefined;
      // Applied to the state at this write's turn: two quick edits (a note,
      // then tags) both survive.
      await putIfRoom('updateAnnotation', title, () => {
        const current = find(id);
        next = {
          ...current,
          ...(patch.color ? { color: patch.color } : {}),
          ...(patch.note !== undefined ? { note: patch.note } : {}),
          ...(patch.tags ? { tags: uniqueTags(patch.tags) } : {}),
          updatedAt: now(),
        };
        return [next];
      });
      return next!;
    },

    /** Deletes and returns the annotation, so the UI can offer Undo with restore(). */
    async delete(id: string): Promise<Annotation> {
      const current = find(id);
      await store.delete([id]);
      return current;
    },

    /**
     * Puts back an annotation exactly as it was (Undo of a delete): only a
     * deleted one that fits its article as it is now (see restore.ts).
     */
    async restore(annotation: Annotation): Promise<Annotation> {
      const article = await articleOrNull(annotation.articleId);
      const title = (await collection.manifest()).title;
      const copy = structuredClone(annotation);
      // Checked again at the write's turn: an earlier call may have put it back.
      await putIfRoom('restoreAnnotation', title, () => {
        checkRestorable(copy, store.get(copy.id), article, now());
        return [copy];
      });
      return copy;
    },

    async export(format: ExportFormat, articleId?: string): Promise<ExportedFile> {
      const items = await listFor(articleId);
      const manifest = await collection.manifest();
      const infos: ArticleInfo[] = manifest.articles.map((a) => ({
        id: a.id,
        title: a.title,
        source: a.source,
        sourceUrl: a.sourceUrl,
      }));
      const stem = articleId ? `${articleId}-notes` : 'notebook';
      if (format === 'web-annotation') {
        return {
          fileName: `${stem}.annotations.json`,
          mimeType: 'application/ld+json',
          // Without indentation: a third smaller, and it must fit one import (notebook-limit.ts).
          content: `${JSON.stringify(notebookToWebAnnotations(`${manifest.title}: notebook`, items))}\n`,
        };
      }
      if (articleId) {
        const info = infos.find((a) => a.id === articleId) ?? {
          id: articleId,
          title: items[0]?.articleTitle ?? articleId,
        };
        return {
          fileName: `${stem}.md`,
          mimeType: 'text/markdown',
          content: articleToMarkdown(info, items),
        };
      }
      return {
        fileName: `${stem}.md`,
        mimeType: 'text/markdown',
        content: notebookToMarkdown(`${manifest.title}: notebook`, infos, items),
      };
    },

    import(text: string): Promise<ImportSummary> {
      return importNotebook({ store, collection, articleOrNull, now, maxImportChars }, text);
    },
  };
}

export type AnnotationService = ReturnType<typeof createAnnotationService>;

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
}
