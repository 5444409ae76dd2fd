// The text model shared by the compiler, the main process and the renderer.
// Every position the app stores (reading place, later search hits and
// highlights) is an offset into Block.text, never a DOM position, so this
// shape is the contract that keeps them valid across processes and rebuilds.
import { z } from 'zod';

/**
 * Article ids become file names in the compiled collection: keep them tame.
 * No dots or slashes, so an id never names a path outside the articles
 * folder; and none of the device names Windows reserves (con.json opens the
 * console there, whatever the extension), so a collection built anywhere
 * installs everywhere.
 */
export const ARTICLE_ID_PATTERN = /^(?!(?:con|prn|aux|nul|com\d|lpt\d)$)[a-z0-9][a-z0-9-]{0,119}$/;
export const ArticleIdSchema = z
  .string()
  .regex(
    ARTICLE_ID_PATTERN,
    'an article id is 1-120 lowercase letters, digits and dashes, and not a Windows device name',
  );
export type ArticleId = z.infer<typeof ArticleIdSchema>;

export const BlockIdSchema = z.string().min(1).max(64);

/**
 * What a block is. Every block is a leaf that holds text (possibly empty);
 * the structure around it (lists, tables, notes, footnotes) is the block's
 * `within` path, so search, highlights and reading positions keep addressing
 * plain text by block id and offset whatever the structure.
 *
 * - heading, paragraph, code: as written; a paragraph's `\n` is a hard line break.
 * - quote, list-item: collections compiled before `within` existed use these
 *   for a quoted or listed paragraph; newer ones put a paragraph in a
 *   `quote` or `item` container instead.
 * - cell: one table cell, inside a `row` inside a `table`.
 * - term: a definition list's term; its description is a `description` container.
 * - image: a picture; `text` is empty, `image.alt` says what it shows.
 * - caption: the caption of a `figure` (an image's or a table's).
 * - rule: a thematic break; `text` is empty.
 */
export const BlockKindSchema = z.enum([
  'heading',
  'paragraph',
  'quote',
  'list-item',
  'code',
  'cell',
  'term',
  'image',
  'caption',
  'rule',
]);
export type BlockKind = z.infer<typeof BlockKindSchema>;

/** Where a link goes. The compiler resolves every link to one of these, or drops it (keeping its text). */
export const LinkTargetSchema = z.discriminatedUnion('kind', [
  /** A web address (http, https or mailto), opened in the system browser after the reader confirms. */
  z.object({
    kind: z.literal('web'),
    url: z.string().regex(/^(https?:\/\/|mailto:)/i, 'a web link is http, https or mailto'),
  }),
  /** Another article of the collection, at one of its blocks or at its top. */
  z.object({
    kind: z.literal('article'),
    article: ArticleIdSchema,
    block: BlockIdSchema.optional(),
  }),
  /** A block of the same article. */
  z.object({ kind: z.literal('block'), block: BlockIdSchema }),
]);
export type LinkTarget = z.infer<typeof LinkTargetSchema>;

const Offset = z.number().int().nonnegative();

/** Inline formatting over a run of a block's text: [start, end) in UTF-16 units, like every offset. */
export const MarkSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.enum(['emphasis', 'strong', 'code', 'strike', 'sub', 'sup']),
    start: Offset,
    end: Offset,
  }),
  z.object({
    type: z.literal('link'),
    start: Offset,
    end: Offset,
    target: LinkTargetSchema,
    /** The link's title as written, shown on hover. */
    title: z.string().optional(),
  }),
  /** A footnote reference: its text is the note's label; `note` is the footnote container's id. */
  z.object({ type: z.literal('note-ref'), start: Offset, end: Offset, note: z.string() }),
]);
export type Mark = z.infer<typeof MarkSchema>;
export type MarkType = Mark['type'];

/**
 * One level of structure around a block, outermost first in `within`.
 * Consecutive blocks that share a container (same `id`) are inside the same
 * element; ids are unique within an article and mean nothing beyond it.
 */
export const ContainerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('list'),
    id: z.string(),
    ordered: z.boolean(),
    /** The first item's number, when an ordered list does not start at 1. */
    start: z.number().int().optional(),
  }),
  z.object({
    type: z.literal('item'),
    id: z.string(),
    /** A task-list item: done or not. */
    checked: z.boolean().optional(),
  }),
  z.object({ type: z.literal('quote'), id: z.string() }),
  /** A note, warning, tip or see-also box; `label` is its kind as the author named it ("Note"). */
  z.object({ type: z.literal('aside'), id: z.string(), label: z.string().optional() }),
  z.object({ type: z.literal('table'), id: z.string() }),
  z.object({ type: z.literal('row'), id: z.string(), header: z.boolean() }),
  z.object({ type: z.literal('definitions'), id: z.string() }),
  z.object({ type: z.literal('description'), id: z.string() }),
  /** A footnote's text; `label` is what its references show ("1", "a"). */
  z.object({ type: z.literal('footnote'), id: z.string(), label: z.string() }),
  z.object({ type: z.literal('figure'), id: z.string() }),
]);
export type Container = z.infer<typeof ContainerSchema>;
export type ContainerType = Container['type'];

export const CellSchema = z.object({
  header: z.boolean(),
  align: z.enum(['left', 'center', 'right']).optional(),
  colSpan: z.number().int().min(1).max(1000).optional(),
  rowSpan: z.number().int().min(1).max(65534).optional(),
});
export type Cell = z.infer<typeof CellSchema>;

export const ImageSchema = z.object({
  /** Path inside the compiled collection (assets/<hash>.<ext>); never a URL. */
  src: z.string().regex(/^assets\/[a-z0-9]+\.(png|jpe?g|gif|webp|avif|svg)$/),
  alt: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Image = z.infer<typeof ImageSchema>;

/** Deepest structure a block may sit in: beyond it, the renderer's recursion and the page would not cope. */
export const MAX_CONTAINER_DEPTH = 32;

export const BlockSchema = z
  .object({
    id: BlockIdSchema,
    kind: BlockKindSchema,
    /** Only for headings: 1 is the article title level, sections start at 2. */
    level: z.number().int().min(1).max(6).optional(),
    text: z.string(),
    /** Inline formatting and links, over `text`. */
    marks: z.array(MarkSchema).optional(),
    /** The structure around the block, outermost first. */
    within: z.array(ContainerSchema).max(MAX_CONTAINER_DEPTH).optional(),
    /** Only for code: the language it is written in, as the author named it ("python"). */
    language: z.string().max(40).optional(),
    /** Only for cells. */
    cell: CellSchema.optional(),
    /** Only for images. */
    image: ImageSchema.optional(),
  })
  .superRefine((block, context) => {
    for (const mark of block.marks ?? []) {
      if (mark.start >= mark.end || mark.end > block.text.length)
        context.addIssue({
          code: 'custom',
          message: `a ${mark.type} mark runs ${mark.start}-${mark.end}, outside the block's ${block.text.length} characters`,
          path: ['marks'],
        });
    }
  });
export type Block = z.infer<typeof BlockSchema>;

export const ArticleSummarySchema = z.object({
  id: ArticleIdSchema,
  title: z.string().min(1),
  byline: z.string().optional(),
  source: z.string().optional(),
  sourceUrl: z.string().optional(),
  /** ISO date (YYYY-MM-DD or a full timestamp) when the source gives one. */
  published: z.string().optional(),
  language: z.string(),
  tags: z.array(z.string()),
  summary: z.string(),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().nonnegative(),
  contentHash: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ArticleSchema = ArticleSummarySchema.extend({
  blocks: z.array(BlockSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

/** A table-of-contents entry: the headings of an article, in order. */
export interface TocEntry {
  blockId: string;
  level: number;
  text: string;
}

export function tableOfContents(article: Pick<Article, 'blocks'>): TocEntry[] {
  return article.blocks
    .filter((b) => b.kind === 'heading')
    .map((b) => ({ blockId: b.id, level: b.level ?? 2, text: b.text }));
}
