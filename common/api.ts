// The one contract between the renderer and the main process. Each method is
// declared here once: its argument schema (checked on the main side, in the
// e2e harness too) and its result type. The preload bridge, the IPC
// registration and the test harness all derive from READER_METHODS.
import { z } from 'zod';
import {
  AnnotationIdSchema,
  AnnotationPatchSchema,
  AnnotationSchema,
  ExportFormatSchema,
  MAX_IMPORT_CHARS,
  NewBookmarkSchema,
  NewHighlightSchema,
  type Annotation,
  type AnnotationsStatus,
  type ExportedFile,
  type ImportSummary,
} from './annotations';
import type { Envelope } from './errors';
import { LibraryPageSchema, LibraryQuerySchema } from './library';
import { ArticleIdSchema, type Article } from './model';
import type { TextRange } from './segments';
import {
  ReadingPositionSchema,
  SettingsPatchSchema,
  type Settings,
  type StoredReadingPosition,
} from './settings';

const count = z.number().int().nonnegative();

export const SearchStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('loading') }),
  /** The index is being rebuilt (the collection changed): articles done of total. */
  z.object({ state: z.literal('indexing'), done: count, total: count }),
  z.object({ state: z.literal('ready'), documents: count, loadMs: z.number().nonnegative() }),
  z.object({ state: z.literal('failed'), message: z.string() }),
]);
export type SearchStatus = z.infer<typeof SearchStatusSchema>;

/** A rebuilt collection was opened in place of the one the page was showing. */
export const CollectionReloadedSchema = z
  .object({
    /** The new collection's content hash (common/collection.ts): the library's answers carry it too. */
    contentHash: z.string().min(1),
    articleCount: count,
    title: z.string(),
  })
  .strict();
export type CollectionReloaded = z.infer<typeof CollectionReloadedSchema>;

/** One place in an article that matches a search. */
export interface SearchPassage {
  blockId: string;
  /** The heading of the section the block is in, if it is under one. */
  sectionHeading?: string;
  /** The block's text around the matches, with "…" where it was cut. */
  snippet: string;
  /** The matched words, as offsets into snippet. */
  ranges: TextRange[];
  /** Matches in the whole block (the snippet may show fewer). */
  matchCount: number;
  /** The match is in the reader's note on a highlight in this block, not in the text. */
  fromNote?: boolean;
}

/** One article that matches, with its best passages (none if only its title or tags matched). */
export interface SearchHit {
  articleId: string;
  title: string;
  score: number;
  passages: SearchPassage[];
  /** Notes of this article that match beyond the few among its passages (see main/search/notes.ts). */
  moreNotes?: number;
}

export interface SearchResults {
  query: string;
  /** Matching articles in all; hits holds the best of them. */
  total: number;
  /** Phrases were checked in the best articles only: at least `total` match, maybe more. */
  totalIsLowerBound: boolean;
  /** Nothing matched exactly, so these allow one typo per word. */
  typoTolerant: boolean;
  hits: SearchHit[];
}

/** One matched word (or phrase) in an article, as a block offset range. */
export interface TextMatch extends TextRange {
  blockId: string;
}

export interface ArticleMatches {
  articleId: string;
  query: string;
  /** In reading order. */
  matches: TextMatch[];
}

/** The longest file name the reader suggests for a saved PDF (before ".pdf"). */
export const MAX_PDF_NAME_LENGTH = 200;

/** What became of a "Save as PDF…": saved where the reader chose, or the dialog was cancelled. */
export const PdfSaveOutcomeSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string() }).strict(),
  z.object({ saved: z.literal(false) }).strict(),
]);
export type PdfSaveOutcome = z.infer<typeof PdfSaveOutcomeSchema>;

export const MAX_QUERY_LENGTH = 2000;
/** The most articles one search answer may hold. */
export const MAX_SEARCH_LIMIT = 200;

/**
 * Declares a method: its argument tuple schema, with its result type carried
 * alongside (curried so that the schema's type is inferred, not spelled out).
 */
function method<Result>() {
  return <Args extends z.ZodTuple<readonly z.ZodType[], null>>(args: Args) => ({
    args,
    result: undefined as unknown as Result,
  });
}

/**
 * Declares a method whose answer is checked on arrival too (createClient in
 * common/client.ts), against the schema its result type comes from: for
 * answers small enough that checking them costs nothing next to the call.
 */
function checkedMethod<
  Args extends z.ZodTuple<readonly z.ZodType[], null>,
  ResultSchema extends z.ZodType,
>(args: Args, resultSchema: ResultSchema) {
  return { args, result: undefined as unknown as z.infer<ResultSchema>, resultSchema };
}

export const readerContract = {
  /**
   * One page of the library list, filtered and sorted over the whole
   * collection (common/library.ts); without a query, the first page by title.
   */
  getLibrary: checkedMethod(z.tuple([LibraryQuerySchema.optional()]), LibraryPageSchema),
  getArticle: method<Article>()(z.tuple([ArticleIdSchema])),
  getSettings: method<Settings>()(z.tuple([])),
  updateSettings: method<Settings>()(z.tuple([SettingsPatchSchema])),
  getReadingPositions: method<Record<string, StoredReadingPosition>>()(z.tuple([])),
  saveReadingPosition: method<StoredReadingPosition>()(
    z.tuple([ArticleIdSchema, ReadingPositionSchema]),
  ),
  getSearchStatus: method<SearchStatus>()(z.tuple([])),
  search: method<SearchResults>()(
    z.tuple([
      z.string().max(MAX_QUERY_LENGTH),
      z
        .object({ limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT) })
        .strict()
        .optional(),
    ]),
  ),
  /** Every match of a library search inside one article: what the reader marks and steps through. */
  searchInArticle: method<ArticleMatches>()(
    z.tuple([ArticleIdSchema, z.string().max(MAX_QUERY_LENGTH)]),
  ),
  // Highlights, notes and bookmarks (common/annotations.ts).
  getAnnotationsStatus: method<AnnotationsStatus>()(z.tuple([])),
  listAnnotations: method<Annotation[]>()(z.tuple([ArticleIdSchema])),
  listAllAnnotations: method<Annotation[]>()(z.tuple([])),
  createHighlight: method<Annotation>()(z.tuple([NewHighlightSchema])),
  createBookmark: method<Annotation>()(z.tuple([NewBookmarkSchema])),
  updateAnnotation: method<Annotation>()(z.tuple([AnnotationIdSchema, AnnotationPatchSchema])),
  deleteAnnotation: method<Annotation>()(z.tuple([AnnotationIdSchema])),
  restoreAnnotation: method<Annotation>()(z.tuple([AnnotationSchema])),
  exportAnnotations: method<ExportedFile>()(
    z.tuple([
      z.object({ format: ExportFormatSchema, articleId: ArticleIdSchema.optional() }).strict(),
    ]),
  ),
  importAnnotations: method<ImportSummary>()(z.tuple([z.string().max(MAX_IMPORT_CHARS)])),
  /**
   * Saves the page on screen as a PDF, printed with its print stylesheet
   * (the open article alone), where the reader chooses in a save dialog;
   * `suggestedName` (the article's title) is the file name it proposes.
   */
  savePageAsPdf: checkedMethod(
    z.tuple([
      z.object({ suggestedName: z.string().trim().min(1).max(MAX_PDF_NAME_LENGTH) }).strict(),
    ]),
    PdfSaveOutcomeSchema,
  ),
};

export type ReaderContract = typeof readerContract;
export type ReaderMethod = keyof ReaderContract;

export type ReaderApi = {
  [M in ReaderMethod]: (
    ...args: z.infer<ReaderContract[M]['args']>
  ) => Promise<ReaderContract[M]['result']>;
};

export const READER_METHODS = Object.keys(readerContract) as ReaderMethod[];

/**
 * What the main process tells the page without being asked, each declared
 * once with the schema of its payload: the main side checks a payload before
 * sending it and the page checks it again on arrival, as with the methods.
 * An event is added here when something in the main process changes on its
 * own and the page would otherwise have to poll for it.
 */
export const readerEvents = {
  /** The search index's state changed (loading, indexing progress, ready, failed). */
  searchStatusChanged: SearchStatusSchema,
  /**
   * The collection folder was rebuilt while the app runs (content:build
   * --watch): the library, articles and search now answer from the new one.
   */
  collectionReloaded: CollectionReloadedSchema,
};

export type ReaderEvents = typeof readerEvents;
export type ReaderEvent = keyof ReaderEvents;
export type ReaderEventPayload<E extends ReaderEvent> = z.infer<ReaderEvents[E]>;
export const READER_EVENTS = Object.keys(readerEvents) as ReaderEvent[];

export function isReaderEvent(name: unknown): name is ReaderEvent {
  return typeof name === 'string' && Object.hasOwn(readerEvents, name);
}

/** The IPC channel an event travels on, main to page. */
export function eventChannelOf(event: ReaderEvent): string {
  return `reader-event:${event}`;
}

/** Whoever hands events to the page: the services emit, the Electron glue or the harness forward. */
export interface ReaderEventSource {
  subscribe(
    listener: <E extends ReaderEvent>(event: E, payload: ReaderEventPayload<E>) => void,
  ): () => void;
}

/** The IPC channel of a method: one name, used by preload and main alike. */
export function channelOf(method: ReaderMethod): string {
  return `reader:${method}`;
}

export function isReaderMethod(name: unknown): name is ReaderMethod {
  return typeof name === 'string' && Object.hasOwn(readerContract, name);
}

/**
 * What the preload exposes as `window.reader`: the API with every answer
 * wrapped in an Envelope. Errors travel as data because Electron's
 * contextBridge strips every property of a thrown Error except its message;
 * the renderer turns envelopes back into values or ReaderError throws with
 * createClient (common/client.ts).
 */
export type ReaderBridge = {
  [M in ReaderMethod]: (
    ...args: z.infer<ReaderContract[M]['args']>
  ) => Promise<Envelope<ReaderContract[M]['result']>>;
} & {
  /**
   * Listens for one event; returns the unsubscribe. The payload arrives
   * unchecked (it crossed a process boundary): the client checks it.
   */
  subscribe(event: ReaderEvent, listener: (payload: unknown) => void): () => void;
};
