// The compiled collection on disk: what the content compiler writes and the
// main process reads. Kept apart from the source formats so the app never
// parses Markdown or HTML at start-up.
import { z } from 'zod';
import { ArticleSummarySchema } from './model';
import { CATALOGUE_LANGUAGES } from './settings';

export const COLLECTION_FORMAT = 'offline-reader-collection';
export const COLLECTION_VERSION = 1;

/** File names inside a compiled collection folder. */
export const COLLECTION_FILES = {
  manifest: 'manifest.json',
  articlesDir: 'articles',
  /** Binary; see main/search/index-file.ts. */
  searchIndex: 'search-index.bin',
  /**
   * Marks a folder the content compiler wrote, so the next build may replace
   * it whole. The reader never opens it.
   */
  marker: '.offline-reader-collection',
} as const;

export const ManifestSchema = z.object({
  format: z.literal(COLLECTION_FORMAT),
  version: z.literal(COLLECTION_VERSION),
  title: z.string(),
  builtAt: z.string(),
  /** Hash over every article's contentHash, in id order: changes when any article does. */
  contentHash: z.string(),
  wordCount: z.number().int().nonnegative(),
  /**
   * The interface's language for a reader who has not chosen one, in place
   * of the system's (content:build --interface-language): a collection in
   * French opens in French on an English system.
   */
  interfaceLanguage: z.enum(CATALOGUE_LANGUAGES).optional(),
  articles: z.array(ArticleSummarySchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;
