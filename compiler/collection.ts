// Source folder -> compiled collection folder: compile every source, then
// (when nothing was rejected, or keepGoing) write manifest, articles and the
// search index. The CLI and the app both call this.
import path from 'node:path';
import type { Manifest } from '../common/collection';
import type { CatalogueLanguage } from '../common/settings';
import { buildSearchIndex } from '../main/search/build-index';
import { compileFolder, type BuildProgress } from './compile';
import { cacheDirFor, CompileCache } from './compile-cache';
import { compilerVersion } from './compiler-version';
import { searchIndexKey, SearchIndexCache } from './index-cache';
import type { CompileBudget } from './compile-pool';
import { refuseToReplaceForeignFolder } from './collection-marker';
import { buildManifest } from './manifest';
import type { SiteName } from './site-name';
import type { CompileWarning, Rejection } from './types';
import { resolveArticlesDir } from './walk';
import { writeCollection } from './write';

export const DEFAULT_COLLECTION_TITLE = 'Offline Reader Library';

export interface CompileCollectionOptions {
  /** A content folder: sources are read from `<inDir>/articles/` if it exists, else `<inDir>`. */
  inDir: string;
  /**
   * Replaced whole by the compiled collection; nothing is written outside it.
   * Must be missing, empty or a collection this compiler wrote.
   */
  outDir: string;
  /** Write the articles that compiled even when others were rejected. */
  keepGoing?: boolean;
  /** Write nothing when there is any warning, as when a file is rejected (content:build --strict). */
  strict?: boolean;
  title?: string;
  /** The interface's language for readers who have not chosen one (the manifest's interfaceLanguage). */
  interfaceLanguage?: CatalogueLanguage;
  /** Defaults to now; fixed for reproducible builds. */
  builtAt?: Date;
  onProgress?: (progress: BuildProgress) => void;
  /** Each file's time and memory budget (defaults in limits.ts). */
  budget?: Partial<CompileBudget>;
  /** Files compiled at once; defaults to one per core. */
  workers?: number;
  /**
   * Ignore the compile cache beside outDir and build it afresh
   * (content:build --clean). Without it unchanged files reuse their article.
   */
  clean?: boolean;
  /** Overrides the compiler's own version (compiler-version.ts), for tests. */
  compilerVersion?: string;
}

export interface CollectionBuildResult {
  /** False when a rejection (without keepGoing), a warning (with strict) or an empty result stopped the write. */
  written: boolean;
  /** The folder the sources were read from. */
  sourceDir: string;
  outDir: string;
  fileCount: number;
  articleCount: number;
  wordCount: number;
  rejections: Rejection[];
  /** Text the articles leave out on purpose; they are written all the same. */
  warnings: CompileWarning[];
  /**
   * Site names taken off the HTML pages' titles. Not the collection's title:
   * that is the product's name (the library heading, window and menus say
   * the same), or the publisher's --title.
   */
  siteNames: SiteName[];
  /** Files whose article was reused from the last build's cache. */
  reused: number;
  /** Files compiled in this build (rejected ones included). */
  compiled: number;
  /** The search index was the last build's, nothing it is built from having changed. */
  indexReused?: boolean;
  manifest?: Manifest;
}

export async function compileCollection(
  options: CompileCollectionOptions,
): Promise<CollectionBuildResult> {
  const { inDir, outDir, keepGoing = false, onProgress, budget, workers } = options;
  refuseOverlappingFolders(inDir, outDir);
  // Checked again just before the swap; here so a refused build fails at once.
  await refuseToReplaceForeignFolder(path.resolve(outDir));
  const sourceDir = await resolveArticlesDir(inDir);
  const cacheDir = cacheDirFor(outDir);
  if (options.clean) await CompileCache.clear(cacheDir);
  const cache = new CompileCache(cacheDir, options.compilerVersion ?? (await compilerVersion()));
  const compiled = await compileFolder({
    sourceDir,
    cache,
    ...(onProgress && { onProgress }),
    ...(budget && { budget }),
    ...(workers !== undefined && { workers }),
  });
  const result: CollectionBuildResult = {
    written: false,
    sourceDir,
    outDir,
    fileCount: compiled.fileCount,
    articleCount: compiled.articles.length,
    wordCount: compiled.articles.reduce((sum, article) => sum + article.wordCount, 0),
    rejections: compiled.rejections,
    warnings: compiled.warnings,
    siteNames: compiled.siteNames,
    reused: compiled.reused,
    compiled: compiled.compiled,
  };
  // An empty collection would replace a good one with nothing: never write it.
  if ((compiled.rejections.length > 0 && !keepGoing) || compiled.articles.length === 0) {
    return result;
  }
  if (options.strict && compiled.warnings.length > 0) return result;

  const manifest = buildManifest(compiled.articles, {
    title: options.title ?? DEFAULT_COLLECTION_TITLE,
    builtAt: options.builtAt ?? new Date(),
    ...(options.interfaceLanguage !== undefined && {
      interfaceLanguage: options.interfaceLanguage,
    }),
  });
  const indexCache = new SearchIndexCache(cacheDir);
  const indexKey = await searchIndexKey(compiled.articles, manifest.contentHash);
  let searchIndex = await indexCache.get(indexKey);
  const indexReused = searchIndex !== undefined;
  if (searchIndex === undefined) {
    onProgress?.({ phase: 'index', articles: compiled.articles.length });
    searchIndex = buildSearchIndex(compiled.articles, manifest.contentHash);
  }
  onProgress?.({ phase: 'write', articles: compiled.articles.length });
  await writeCollection(outDir, {
    manifest,
    articles: compiled.articles,
    searchIndex,
    assets: compiled.assets,
  });
  // Kept only once the collection is in place: an index is never reused for a build that failed to write.
  if (!indexReused) await indexCache.set(indexKey, searchIndex);
  return { ...result, written: true, indexReused, manifest };
}

/**
 * The output folder is replaced whole: if it held the sources, they would be
 * deleted; if it sat inside them, the next build would read its own output.
 */
function refuseOverlappingFolders(inDir: string, outDir: string): void {
  const input = path.resolve(inDir);
  const output = path.resolve(outDir);
  const contains = (outer: string, inner: string) => {
    const relative = path.relative(outer, inner);
    const outside =
      relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
    return !outside;
  };
  if (contains(output, input)) {
    throw new Error(`refusing to build: the output folder ${outDir} contains the sources ${inDir}`);
  }
  if (contains(input, output)) {
    throw new Error(
      `refusing to build: the output folder ${outDir} is inside the sources ${inDir}`,
    );
  }
}
