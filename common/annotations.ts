// Highlights and bookmarks: the shape stored on disk, sent to the renderer and
// exported. A bookmark is an annotation over a whole block, so both kinds are
// anchored, re-anchored and listed the same way.
import { z } from 'zod';
import { ArticleIdSchema, BlockIdSchema } from './model';

/** Five colours; "contrast" is drawn as a dark band with light text, visible to everyone. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'contrast'] as const;
export const HighlightColorSchema = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof HighlightColorSchema>;

export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  contrast: 'High contrast',
};

export const MAX_NOTE_LENGTH = 20_000;
export const MAX_TAGS = 32;
/**
 * The longest article title an annotation brought in from outside (Undo,
 * import) may carry, unless its article's own title is longer.
 */
export const MAX_ARTICLE_TITLE_LENGTH = 1000;
/** Generous: a bookmark quotes its whole block, and a block of code can be long. */
export const MAX_QUOTE_LENGTH = 500_000;

const offset = z.number().int().nonnegative();

export const BlockRangeSchema = z.object({
  startBlockId: BlockIdSchema,
  startOffset: offset,
  endBlockId: BlockIdSchema,
  endOffset: offset,
});

export const AnchorSchema = BlockRangeSchema.extend({
  quote: z.object({
    exact: z.string().min(1).max(MAX_QUOTE_LENGTH),
    prefix: z.string().max(200),
    suffix: z.string().max(200),
  }),
  position: z.object({ start: offset, end: offset }),
  contentHash: z.string(),
});

export const TagSchema = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(64, 'a tag is at most 64 characters')
  .refine((t) => !/[\n\r]/.test(t), 'a tag is one line');

export const NoteSchema = z
  .string()
  .max(MAX_NOTE_LENGTH, `a note is at most ${MAX_NOTE_LENGTH} characters`);

export const AnchorMethodSchema = z.enum(['exact-place', 'exact-nearby', 'approximate', 'orphan']);

/** The last time the article had changed and the annotation was looked for again. */
export const AnchoringRecordSchema = z.object({
  method: AnchorMethodSchema,
  /** The article's contentHash that was searched. */
  checkedHash: z.string(),
  at: z.string(),
  score: z.number().optional(),
  reason: z.string().optional(),
  /** The quote before an approximate match replaced it. */
  previousQuote: z.string().optional(),
});
export type AnchoringRecord = z.infer<typeof AnchoringRecordSchema>;

export const AnnotationIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'an annotation id is 8-64 letters, digits, _ or -');

export const AnnotationSchema = z.object({
  id: AnnotationIdSchema,
  kind: z.enum(['highlight', 'bookmark']),
  articleId: ArticleIdSchema,
  /** Kept so the Notebook can name an article that is no longer in the collection. */
  articleTitle: z.string(),
  color: HighlightColorSchema,
  note: NoteSchema,
  tags: z.array(TagSchema).max(MAX_TAGS),
  anchor: AnchorSchema,
  anchoring: AnchoringRecordSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/** Unanchored: its article is gone or its text could not be found again. */
export function isOrphan(annotation: Annotation): boolean {
  return annotation.anchoring?.method === 'orphan';
}

export const NewHighlightSchema = z
  .object({
    articleId: ArticleIdSchema,
    range: BlockRangeSchema,
    color: HighlightColorSchema.optional(),
    note: NoteSchema.optional(),
    tags: z.array(TagSchema).max(MAX_TAGS).optional(),
  })
  .strict();
export type NewHighlight = z.infer<typeof NewHighlightSchema>;
export type NewBookmark = z.infer<typeof NewBookmarkSchema>;

export const NewBookmarkSchema = z
  .object({ articleId: ArticleIdSchema, blockId: BlockIdSchema, note: NoteSchema.optional() })
  .strict();

export const AnnotationPatchSchema = z
  .object({
    color: HighlightColorSchema.optional(),
    note: NoteSchema.optional(),
    tags: z.array(TagSchema).max(MAX_TAGS).optional(),
  })
  .strict();
export type AnnotationPatch = z.infer<typeof AnnotationPatchSchema>;

export interface AnnotationsStatus {
  /** Set when the store could not be read at start: what happened, for the UI to say. */
  recovery?: {
    message: string;
    movedAsideTo: string;
    restoredFromBackup: boolean;
    /** Changes (journal lines) that could not be read and are left out. */
    unreadableChanges?: number;
  };
  /** Set when no change can be saved this session (the folder is read-only, full, in use...): why. */
  unavailable?: { message: string };
  count: number;
}

export const ExportFormatSchema = z.enum(['markdown', 'web-annotation']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export interface ImportSummary {
  added: number;
  updated: number;
  skipped: number;
  /** Why items were skipped, at most a few lines. */
  problems: string[];
}

/** Upper bound on an import document, so a wrong file cannot exhaust memory. */
export const MAX_IMPORT_CHARS = 50_000_000;
