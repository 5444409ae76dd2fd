// A folder of sources -> articles and rejections. Every file is compiled even
// after a rejection, so a publisher sees every problem in one run instead of
// fixing them one build at a time; whether anything is written despite
// rejections is the caller's decision (compileCollection's keepGoing). Links
// between files are resolved last, once every article is known (links.ts).
import path from 'node:path';
import type { Article } from '../common/model';
import { retitleArticle, withContentHash } from './article';
import type { CachedCompile, CompileCache } from './compile-cache';
import { CompilePool, defaultWorkerCount, type CompileBudget } from './compile-pool';
import { collectImages, type ArticleImages } from './image-collection';
import type { ImageAsset } from './images';
import {
  DEFAULT_FILE_MEMORY_MB,
  DEFAULT_FILE_TIMEOUT_MS,
  formatOfFileName,
  type SourceFormat,
} from './limits';
import { hasLinksToResolve, resolveLinks, type LinkSource } from './links';
import { withoutFirstBlock } from './pending-links';
import { sharedSiteNames, withoutSiteName, type SiteName } from './site-name';
import type { ArticleLinks, CompileResult, CompileWarning, Rejection } from './types';
import { rejectionWithoutParsing } from './unparsed-rejection';
import { listSourceFiles, relativeSourcePath } from './walk';

export type BuildProgress =
  | { phase: 'compile'; done: number; total: number }
  | { phase: 'index'; articles: number }
  | { phase: 'write'; articles: number };

export interface CompileFolderOptions {
  /** The folder holding the sources (searched recursively). */
  sourceDir: string;
  onProgress?: (progress: BuildProgress) => void;
  /** Each file's budget; a file over it is rejected as too complex. */
  budget?: Partial<CompileBudget>;
  /** Files compiled at once (worker threads); defaults to one per core. */
  workers?: number;
  /** Reuses unchanged files' articles from the last build and keeps this build's; none by default. */
  cache?: CompileCache;
}

export interface CompiledFolder {
  articles: Article[];
  rejections: Rejection[];
  /**
   * Text the compiled articles leave out on purpose and links that lead
   * nowhere, file by file in sorted order (each file's links last).
   */
  warnings: CompileWarning[];
  /** Files found, including rejected ones and any not reached. */
  fileCount: number;
  /** The site names taken off the HTML pages' titles (site-name.ts). */
  siteNames: SiteName[];
  /** Files whose article came from the cache. */
  reused: number;
  /** Files handed to the compiler (rejected ones included). */
  compiled: number;
  /** The image files the articles show, each once (image-collection.ts). */
  assets: ImageAsset[];
}

/** Cache look-ups at once: each reads a source and an entry. */
const PARALLEL_LOOKUPS = 32;

export async function compileFolder(options: CompileFolderOptions): Promise<CompiledFolder> {
  const { sourceDir, onProgress } = options;
  const listing = await listSourceFiles(sourceDir);
  const total = listing.files.length + listing.rejections.length;
  /** Each file's path within the input folder: it gives the id and places its links. */
  const relativePaths = listing.files.map((file) => relativeSourcePath(sourceDir, file));
  const accepted: LinkSource[] = [];
  const rejections: Rejection[] = [...listing.rejections];
  /** The warnings of each accepted file, by its index in accepted. */
  const fileWarnings: CompileWarning[][] = [];
  /** The <title> of each article that is an HTML page, by its index in accepted. */
  const pageTitles = new Map<number, string>();
  /** Which file first used each id, for the duplicate message. */
  const firstPathOfId = new Map<string, string>();
  /** Files that did not become articles, for the link pass to name as such. */
  const rejectedPaths = new Set<string>();
  /** The images of each article, by its index in articles. */
  const imagesOfArticles: ArticleImages[] = [];

  let done = listing.rejections.length;
  const onFileDone = () => {
    done++;
    onProgress?.({ phase: 'compile', done, total });
  };
  const results: CompileResult[] = new Array<CompileResult>(listing.files.length);
  const toCompile: number[] = [];
  const { cache } = options;
  if (cache) {
    await forEachLimited(listing.files, PARALLEL_LOOKUPS, async (file, index) => {
      const key = await cache.keyOfFile(file, relativePaths[index]!);
      const images = { sourcePath: file, root: sourceDir };
      const cached = key === undefined ? undefined : await cache.get(key, images);
      if (cached) {
        results[index] = fromCache(file, cached);
        onFileDone();
      } else {
        toCompile.push(index);
      }
    });
    toCompile.sort((a, b) => a - b);
  } else {
    toCompile.push(...listing.files.keys());
  }
  const compiledNow = await compileInWorkers(
    toCompile.map((index) => listing.files[index]!),
    options,
    onFileDone,
  );
  for (const [position, index] of toCompile.entries()) results[index] = compiledNow[position]!;
  if (cache) {
    await forEachLimited(toCompile, PARALLEL_LOOKUPS, async (index) => {
      const result = results[index]!;
      if (!('article' in result) || result.sourceSha256 === undefined) return;
      const { sourceSha256, ...rest } = result;
      await cache.set(cache.keyOf(relativePaths[index]!, sourceSha256), toCache(rest));
    });
  }
  // Entries of deleted, renamed and changed files (and of other compiler versions) go.
  await cache?.prune();
  // Files finish in any order; they are taken in sorted order, so which of
  // two files keeps a shared id is the same on every run and machine.
  for (const [index, file] of listing.files.entries()) {
    const compiled = results[index]!;
    let rejection = 'rejection' in compiled ? compiled.rejection : undefined;
    if ('article' in compiled) {
      const firstPath = firstPathOfId.get(compiled.article.id);
      if (firstPath === undefined) {
        firstPathOfId.set(compiled.article.id, file);
        if (formatOfFileName(path.basename(file)) === 'html') {
          pageTitles.set(accepted.length, compiled.pageTitle ?? '');
        }
        accepted.push({
          relativePath: relativePaths[index]!,
          path: file,
          article: compiled.article,
          ...(compiled.links && { links: compiled.links }),
        });
        imagesOfArticles.push({ path: file, assets: compiled.assets ?? [] });
        fileWarnings.push(compiled.warnings);
      } else {
        rejection = {
          path: file,
          code: 'duplicate-id',
          reason: `duplicate id "${compiled.article.id}": already used by ${firstPath}`,
        };
      }
    }
    if (rejection) {
      rejections.push(rejection);
      rejectedPaths.add(relativePaths[index]!);
    }
  }
  // The collection's image budget first: an image over it becomes its alt
  // text in the same place, so the links' block indices still hold.
  const images = collectImages(
    accepted.map((source) => source.article),
    imagesOfArticles,
  );
  const withImages = accepted.map((source, index) => ({
    ...source,
    article: images.articles[index]!,
  }));
  const siteNames = sharedSiteNames([...pageTitles.values()]);
  // After the titles: taking a site name off one can remove a first heading
  // and renumber the blocks that links and anchors point at.
  const linked = resolveLinks(withoutSharedSiteNames(withImages, pageTitles, siteNames), {
    rejectedPaths,
  });
  const warnings: CompileWarning[] = [];
  for (const [index, own] of fileWarnings.entries()) {
    // Loops, not push(...): a file may have more warnings than fit on the stack.
    for (const warning of own) warnings.push(warning);
    for (const warning of linked.warnings[index]!) warnings.push(warning);
  }
  for (const warning of images.warnings) warnings.push(warning);
  return {
    articles: linked.articles,
    assets: images.assets,
    rejections,
    warnings,
    fileCount: total,
    siteNames,
    reused: listing.files.length - toCompile.length,
    compiled: toCompile.length,
  };
}

function fromCache(file: string, cached: CachedCompile): CompileResult {
  return {
    article: cached.article,
    warnings: cached.warnings.map((warning) => ({ path: file, ...warning })),
    ...(cached.pageTitle !== undefined && { pageTitle: cached.pageTitle }),
    ...(cached.links !== undefined && { links: cached.links }),
    ...(cached.assets !== undefined && { assets: cached.assets }),
    ...(cached.imageChecks !== undefined && { imageChecks: cached.imageChecks }),
    ...(cached.includeChecks !== undefined && { includeChecks: cached.includeChecks }),
  };
}

function toCache(result: Extract<CompileResult, { article: unknown }>): CachedCompile {
  return {
    article: result.article,
    warnings: result.warnings.map(({ path: _path, ...warning }) => warning),
    ...(result.pageTitle !== undefined && { pageTitle: result.pageTitle }),
    ...(result.links !== undefined && { links: result.links }),
    ...(result.imageChecks !== undefined && { imageChecks: result.imageChecks }),
    ...(result.includeChecks !== undefined && { includeChecks: result.includeChecks }),
  };
}

/** The file's path within the input folder as every system writes it: '/'-separated, NFC. */

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  run: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await run(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * The HTML pages' titles without their site's name. A page titled with
 * nothing but the site's name (a home page) is called by the <h1> it opens
 * with, or keeps the site's name: a card needs a title. A lower heading
 * there is a section (the page's <h1>, when it repeated the title, is
 * already gone), not the page's name.
 */
function withoutSharedSiteNames(
  sources: LinkSource[],
  pageTitles: ReadonlyMap<number, string>,
  siteNames: readonly SiteName[],
): LinkSource[] {
  if (siteNames.length === 0) return sources;
  return sources.map((source, index) => {
    const { article } = source;
    if (!pageTitles.has(index)) return source;
    const title = withoutSiteName(article.title, siteNames);
    if (title === article.title) return source;
    const first = article.blocks[0];
    const fallback = first?.kind === 'heading' && first.level === 1 ? first.text : article.title;
    const retitled = retitleArticle(article, title || fallback, { hash: false });
    const links: ArticleLinks | undefined =
      source.links && retitled.removedFirstBlock ? withoutFirstBlock(source.links) : source.links;
    // The link pass hashes an article with links to resolve; the rest is hashed here.
    const relinked = hasLinksToResolve(links);
    const { links: _old, ...rest } = source;
    return {
      ...rest,
      article: relinked ? retitled.article : withContentHash(retitled.article),
      ...(links && { links }),
    };
  });
}

/** The formats among `files`, each once. */
function formatsOf(files: string[]): SourceFormat[] {
  const formats = new Set<SourceFormat>();
  for (const file of files) {
    const format = formatOfFileName(path.basename(file));
    if (format) formats.add(format);
  }
  return [...formats];
}

async function compileInWorkers(
  files: string[],
  options: CompileFolderOptions,
  onFileDone: () => void,
): Promise<CompileResult[]> {
  const results = new Array<CompileResult>(files.length);
  const toParse: number[] = [];
  await forEachLimited(files, PARALLEL_LOOKUPS, async (file, index) => {
    const rejection = await rejectionWithoutParsing(file);
    if (rejection === undefined) {
      toParse.push(index);
    } else {
      results[index] = { rejection };
      onFileDone();
    }
  });
  if (toParse.length === 0) return results;
  toParse.sort((a, b) => a - b);
  const pool = new CompilePool({
    fileTimeoutMs: options.budget?.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS,
    fileMemoryMb: options.budget?.fileMemoryMb ?? DEFAULT_FILE_MEMORY_MB,
    workers: Math.min(options.workers ?? defaultWorkerCount(toParse.length), toParse.length),
    root: options.sourceDir,
    formats: formatsOf(toParse.map((index) => files[index]!)),
  });
  try {
    await Promise.all(
      toParse.map(async (index) => {
        results[index] = await pool.compile(files[index]!);
        onFileDone();
      }),
    );
    return results;
  } finally {
    await pool.close();
  }
}
