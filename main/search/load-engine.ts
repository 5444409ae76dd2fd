// Loads the collection's search index, or rebuilds it from the articles when
// it is missing, damaged or built from other content (its content hash is
// not the manifest's). A rebuilt index is kept in the cache folder, so a
// changed collection is indexed once, not at every start.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFileDurably } from '../storage/durable-write';
import { COLLECTION_FILES } from '../../common/collection';
import type { Article } from '../../common/model';
import { openCollection } from '../content/collection';
import { articleTextsFromDir } from './article-texts';
import { buildSearchIndex } from './build-index';
import { CompactIndex } from './compact-index';
import { decodeIndexHeader, IndexFormatError } from './index-file';
import type { NotesSource } from './notes';
import { SearchEngine } from './search-engine';

export interface LoadEngineOptions {
  contentDir: string;
  /** Where a rebuilt index is kept (the user's data folder); without it, rebuilds are not kept. */
  cacheDir?: string;
  /** While rebuilding: articles read and indexed so far, of total. */
  onProgress?: (done: number, total: number) => void;
  log?: (message: string) => void;
  /** The reader's highlight notes, searched beside the index (see notes.ts). */
  notes?: NotesSource;
}

export interface LoadedEngine {
  engine: SearchEngine;
  /** Why the index was rebuilt instead of loaded, if it was. */
  rebuiltBecause?: string;
}

export const CACHED_INDEX_FILE = 'search-index.bin';

export async function loadSearchEngine(options: LoadEngineOptions): Promise<LoadedEngine> {
  const { contentDir, cacheDir, log = (m) => console.warn(m) } = options;
  const collection = openCollection(contentDir);
  const manifest = await collection.manifest();
  const texts = articleTextsFromDir(contentDir);
  const open = (bytes: Uint8Array) => {
    const engine = new SearchEngine(new CompactIndex(bytes), texts, {
      log,
      ...(options.notes && { notes: options.notes }),
    });
    engine.warmUp();
    return engine;
  };
  /**
   * A current stamp is not enough: a file cut short or damaged after its
   * header only shows when it is decoded, and must be rebuilt too.
   */
  const openCurrent = async (path: string) => {
    const current = await readCurrentIndex(path, manifest.contentHash);
    if (!current.bytes) return current;
    try {
      return { engine: open(current.bytes), problem: '' };
    } catch (error) {
      if (!(error instanceof IndexFormatError)) throw error;
      return { problem: `${path} is unusable: ${error.message}` };
    }
  };

  const bundledPath = join(contentDir, COLLECTION_FILES.searchIndex);
  const bundled = await openCurrent(bundledPath);
  if ('engine' in bundled && bundled.engine) return { engine: bundled.engine };

  const cachedPath = cacheDir ? join(cacheDir, CACHED_INDEX_FILE) : undefined;
  if (cachedPath) {
    const cached = await openCurrent(cachedPath);
    if ('engine' in cached && cached.engine) return { engine: cached.engine };
  }

  const total = manifest.articles.length;
  const articles: Article[] = [];
  for (const summary of manifest.articles) {
    articles.push(await collection.article(summary.id));
    if (articles.length % 100 === 0) options.onProgress?.(articles.length, total * 2);
  }
  const bytes = buildSearchIndex(articles, manifest.contentHash, (done) =>
    options.onProgress?.(total + done, total * 2),
  );
  if (cachedPath) {
    // Losing the cache only costs a rebuild next time: say so, do not fail search.
    await replaceFileDurably(cachedPath, bytes, log).catch((error: unknown) =>
      log(
        `The rebuilt search index could not be kept in ${cachedPath}: ${(error as Error).message}`,
      ),
    );
  }
  return { engine: open(bytes), rebuiltBecause: bundled.problem };
}

async function readCurrentIndex(
  path: string,
  contentHash: string,
): Promise<{ bytes?: Uint8Array; problem: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem:
        code === 'ENOENT'
          ? `${path} is missing`
          : `${path} could not be read (${(error as Error).message})`,
    };
  }
  try {
    const header = decodeIndexHeader(bytes);
    if (header.contentHash !== contentHash)
      return { problem: `${path} was built from other content` };
  } catch (error) {
    return { problem: `${path} is unusable: ${(error as Error).message}` };
  }
  return { bytes, problem: '' };
}
