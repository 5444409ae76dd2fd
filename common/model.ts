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

export const BlockKindSchema = z.enum(['heading', 'paragraph', 'quote', 'list-item', 'code']);
export type BlockKind = z.infer<typeof BlockKindSchema>;

export const BlockSchema = z.object({
  id: BlockIdSchema,
  kind: BlockKindSchema,
  /** Only for headings: 1 is the article title level, sections start at 2. */
  level: z.number().int().min(1).max(6).optional(),
  text: z.string(),
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
