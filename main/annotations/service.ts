// Highlights, notes and bookmarks behind the API: creates, edits, deletes and
// restores them against the article and the store, within the notebook's
// limit. Its parts: re-anchoring after the publisher changed an article
// (reanchoring.ts, placing.ts), Undo's checks (restore.ts), export
// (export.ts) and import (import.ts).
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
import type { Article } from '../../common/model';
import type { Collection } from '../content/collection';
import { exportNotebook } from './export';
import { importNotebook } from './import';
import { notebookFullMessage, notebookRoom } from './notebook-limit';
import { createReanchoring } from './reanchoring';
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
  const { list: listFor, articleOrNull } = createReanchoring({ store, collection, now, log });

  function find(id: string): Annotation {
    const found = store.get(id);
    if (!found)
      throw new ReaderError(
        'not-found',
        `There is no highlight or bookmark "${id}"; it may have been deleted.`,
      );
    return found;
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
      return exportNotebook(
        await listFor(articleId),
        await collection.manifest(),
        format,
        articleId,
      );
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
