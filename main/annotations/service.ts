// Highlights, notes and bookmarks behind the API: validates against the
// article, keeps the store, re-anchors when the publisher changed an article
// (once per changed article; the result is stored so it is not redone), and
// exports and imports the notebook.
import { randomUUID } from 'node:crypto';
import {
  describeRange,
  flattenBlocks,
  anchorAt,
  reanchor,
  type Anchor,
} from '../../common/anchoring';
import {
  type Annotation,
  type AnnotationPatch,
  type AnnotationsStatus,
  type ExportFormat,
  type ExportedFile,
  type ImportSummary,
  type NewHighlight,
  type NewBookmark,
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
import { parseWebAnnotations } from '../../common/web-annotation-import';
import type { Collection } from '../content/collection';
import type { AnnotationStore } from './store';

export interface AnnotationServiceOptions {
  store: AnnotationStore;
  collection: Pick<Collection, 'manifest' | 'article'>;
  now?: () => string;
  log?: (message: string) => void;
}

const MISSING_ARTICLE = 'article-missing';

export function createAnnotationService(options: AnnotationServiceOptions) {
  const { store, collection } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const log = options.log ?? ((m: string) => console.warn(m));
  /** Articles already checked this session, so each change is re-anchored once. */
  const checked = new Map<string, Promise<void>>();

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

  function stale(annotation: Annotation, contentHash: string | undefined): boolean {
    const last = annotation.anchoring?.checkedHash ?? annotation.anchor.contentHash;
    return last !== (contentHash ?? MISSING_ARTICLE);
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
      const updated: Annotation[] = [];
      for (const annotation of mine) {
        updated.push(placeIn(annotation, article, at));
        // An approximate search over a long article takes a while: let other
        // calls (and, in Electron, the main process) run between highlights.
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Only the place changes: a note or colour edited meanwhile is kept,
      // and an annotation deleted meanwhile stays deleted.
      await store.putWith(() =>
        updated.flatMap((placed) => {
          const current = store.get(placed.id);
          return current
            ? [{ ...current, anchor: placed.anchor, anchoring: placed.anchoring }]
            : [];
        }),
      );
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
    return store.all().filter((a) => articleId === undefined || a.articleId === articleId);
  }

  async function create(
    article: Article,
    kind: Annotation['kind'],
    anchor: Anchor,
    fields: Pick<Annotation, 'color' | 'note' | 'tags'>,
  ) {
    const at = now();
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
    await store.put([annotation]);
    return annotation;
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
      let next: Annotation | undefined;
      // Applied to the state at this write's turn: two quick edits (a note,
      // then tags) both survive.
      await store.putWith(() => {
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

    /** Puts back an annotation exactly as it was (Undo of a delete). */
    async restore(annotation: Annotation): Promise<Annotation> {
      await store.put([annotation]);
      return annotation;
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
          content: `${JSON.stringify(notebookToWebAnnotations(`${manifest.title}: notebook`, items), null, 2)}\n`,
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

    async import(text: string): Promise<ImportSummary> {
      let parsed: ReturnType<typeof parseWebAnnotations>;
      try {
        parsed = parseWebAnnotations(text);
      } catch (error) {
        throw new ReaderError('invalid-file', (error as Error).message);
      }
      // The same annotation twice in one file: the newest copy counts.
      const newest = new Map<string, (typeof parsed.candidates)[number]>();
      for (const candidate of parsed.candidates) {
        const seen = newest.get(candidate.annotation.id);
        if (!seen || seen.annotation.updatedAt < candidate.annotation.updatedAt) {
          newest.set(candidate.annotation.id, candidate);
        }
      }
      const manifest = await collection.manifest();
      const summaries = new Map(manifest.articles.map((a) => [a.id, a]));
      const isNewer = (annotation: Annotation) => {
        const existing = store.get(annotation.id);
        return !existing || existing.updatedAt < annotation.updatedAt;
      };
      const placed: Annotation[] = [];
      const at = now();
      for (const { annotation, needsAnchoring } of newest.values()) {
        if (!isNewer(annotation)) continue;
        const info = summaries.get(annotation.articleId);
        placed.push(
          needsAnchoring || stale(annotation, info?.contentHash)
            ? placeIn(annotation, info ? await articleOrNull(annotation.articleId) : null, at)
            : annotation,
        );
      }
      let added = 0;
      let updated = 0;
      // Decided again at write time: the reader may have edited meanwhile.
      await store.putWith(() => {
        const write = placed.filter(isNewer);
        for (const annotation of write) {
          if (store.get(annotation.id)) updated++;
          else added++;
        }
        return write;
      });
      const summary: ImportSummary = {
        added,
        updated,
        skipped: parsed.problems.length + parsed.candidates.length - added - updated,
        problems: parsed.problems.slice(0, 5),
      };
      return summary;
    },
  };
}

export type AnnotationService = ReturnType<typeof createAnnotationService>;

/** The annotation placed in the current article text, or marked unanchored. */
function placeIn(annotation: Annotation, article: Article | null, at: string): Annotation {
  if (!article) {
    return {
      ...annotation,
      anchoring: {
        method: 'orphan',
        checkedHash: MISSING_ARTICLE,
        at,
        reason: 'The article is no longer in the collection.',
      },
    };
  }
  const result = reanchor(annotation.anchor, article);
  if (result.method === 'orphan') {
    return {
      ...annotation,
      anchoring: { method: 'orphan', checkedHash: article.contentHash, at, reason: result.reason },
    };
  }
  let anchor = result.anchor;
  if (annotation.kind === 'bookmark') {
    // A bookmark marks a whole block: widen it to the block it landed in.
    const flat = flattenBlocks(article.blocks);
    const index = flat.indexById.get(anchor.startBlockId)!;
    const start = flat.starts[index]!;
    anchor = anchorAt(
      flat,
      { start, end: start + article.blocks[index]!.text.length },
      article.contentHash,
    );
  }
  return {
    ...annotation,
    anchor,
    anchoring: {
      method: result.method,
      checkedHash: article.contentHash,
      at,
      score: result.score,
      ...(result.method === 'approximate' ? { previousQuote: annotation.anchor.quote.exact } : {}),
    },
  };
}

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
}
