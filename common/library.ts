// The library list as it crosses from the main process to the page: a query
// (filter, tag, language, order, which slice) and one page of entries that match it,
// each entry holding only what a card shows. The main process keeps the
// whole collection and answers over all of it, so sorting and filtering are
// right for articles the page has never loaded, and the page receives a
// screenful instead of the manifest (docs/decisions/0007-library-pages.md).
import { z } from 'zod';
import { ArticleIdSchema, ArticleSummarySchema } from './model';
import { LIBRARY_SORTS } from './settings';

/** Entries in an answer when the query does not say. */
export const LIBRARY_PAGE_SIZE = 50;
/** The most entries one answer may hold. */
export const LIBRARY_PAGE_MAX = 200;
export const MAX_LIBRARY_FILTER_LENGTH = 500;
const MAX_TAG_LENGTH = 200;
/** BCP-47 allows longer tags, but none a collection's articles are written in. */
const MAX_LANGUAGE_LENGTH = 35;

const count = z.number().int().nonnegative();

/**
 * One article as the library list shows it: no URL, word count or hash. Its
 * language lets the card's text be read in that language's voice.
 */
export const LibraryEntrySchema = ArticleSummarySchema.pick({
  id: true,
  title: true,
  language: true,
  byline: true,
  source: true,
  published: true,
  tags: true,
  summary: true,
  readingMinutes: true,
}).strict();
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

export const LibrarySortSchema = z.enum(LIBRARY_SORTS);
export type LibrarySort = z.infer<typeof LibrarySortSchema>;

export const LibraryQuerySchema = z
  .object({
    /** Every word must occur in the title, byline, source, summary or tags; accents and case do not matter. */
    text: z.string().max(MAX_LIBRARY_FILTER_LENGTH).optional(),
    /** Only articles carrying this tag; null or left out for all. */
    tag: z.string().min(1).max(MAX_TAG_LENGTH).nullable().optional(),
    /** Only articles in this language (a tag as LibraryPage.languages names it); null or left out for all. */
    language: z.string().min(1).max(MAX_LANGUAGE_LENGTH).nullable().optional(),
    /** Left out: the order the reader chose last (settings.librarySort). */
    sort: LibrarySortSchema.optional(),
    /** The first entry wanted, in the query's order (default 0). */
    offset: count.max(10_000_000).optional(),
    limit: z.number().int().min(1).max(LIBRARY_PAGE_MAX).optional(),
    /** Also say where this article is in the query's order (LibraryPage.located). */
    locate: ArticleIdSchema.optional(),
  })
  .strict();
export type LibraryQuery = z.infer<typeof LibraryQuerySchema>;

export const CollectionInfoSchema = z
  .object({
    title: z.string(),
    articleCount: count,
    wordCount: count,
    builtAt: z.string(),
    /** Changes when any article does: pages with another hash are from another collection. */
    contentHash: z.string(),
  })
  .strict();
export type CollectionInfo = z.infer<typeof CollectionInfoSchema>;

export const TagCountSchema = z.object({ tag: z.string(), count: count }).strict();
export type TagCount = z.infer<typeof TagCountSchema>;

export const LanguageCountSchema = z.object({ language: z.string(), count: count }).strict();
export type LanguageCount = z.infer<typeof LanguageCountSchema>;

export const LibraryPageSchema = z
  .object({
    collection: CollectionInfoSchema,
    /** Every tag of the collection with how many articles carry it, most used first. */
    tags: z.array(TagCountSchema),
    /** Every language the collection's articles are written in, with how many are, most first. */
    languages: z.array(LanguageCountSchema),
    /** The order the entries are in (the reader's, when the query named none). */
    sort: LibrarySortSchema,
    /** Articles matching the query in all; entries are some of them. */
    total: count,
    /** Where entries start in the query's order. */
    offset: count,
    entries: z.array(LibraryEntrySchema).max(LIBRARY_PAGE_MAX),
    /** The index of query.locate in the query's order; null when it does not match. */
    located: count.nullable().optional(),
  })
  .strict()
  // Asking past the end is answered with no entries (the list may have shrunk
  // since the page was asked for), never with entries beyond the total.
  .refine((page) => page.entries.length === 0 || page.offset + page.entries.length <= page.total, {
    message: 'a page cannot hold entries past the total',
  });
export type LibraryPage = z.infer<typeof LibraryPageSchema>;
