// Reads a compiled collection (see common/collection.ts): the manifest once
// (until reload), articles on demand with a small cache. Every failure becomes a ReaderError
// whose message says what is wrong and how to fix it, so the UI can show it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECTION_FILES, ManifestSchema, type Manifest } from '../../common/collection';
import { ReaderError, type ReaderErrorText } from '../../common/errors';
import { ArticleSchema, type Article } from '../../common/model';

const REBUILD_HINT = 'Rebuild it with `npm run content:build`.';
const CACHED_ARTICLES = 24;

export interface Collection {
  manifest(): Promise<Manifest>;
  article(id: string): Promise<Article>;
  /**
   * Forgets the manifest and the cached articles, so the next call reads the
   * folder again: for a collection rebuilt while the app runs. Whatever was
   * built from the old manifest (the library index) sees a new one.
   */
  reload(): void;
  readonly dir: string;
}

export function openCollection(dir: string): Collection {
  let manifest: Promise<Manifest> | undefined;
  const cache = new Map<string, Article>();

  async function loadManifest(): Promise<Manifest> {
    const path = join(dir, COLLECTION_FILES.manifest);
    const data = await readJson(path, {
      english: `No compiled collection was found in ${dir}.`,
      text: { id: 'collection.missing', values: { dir } },
    });
    const parsed = ManifestSchema.safeParse(data);
    if (!parsed.success) {
      const detail = parsed.error.issues[0]?.message ?? 'invalid';
      throw new ReaderError(
        'collection-unavailable',
        `The collection in ${dir} is damaged or from another version (${path}: ${detail}). ${REBUILD_HINT}`,
        { id: 'collection.damaged', values: { dir, path, detail } },
      );
    }
    return parsed.data;
  }

  return {
    dir,
    manifest() {
      // A failed load is retried on the next call (the publisher may rebuild).
      manifest ??= loadManifest().catch((error: unknown) => {
        manifest = undefined;
        throw error;
      });
      return manifest;
    },
    reload() {
      manifest = undefined;
      cache.clear();
    },
    async article(id) {
      const cached = cache.get(id);
      if (cached) {
        cache.delete(id);
        cache.set(id, cached);
        return cached;
      }
      const known = (await this.manifest()).articles.some((a) => a.id === id);
      if (!known)
        throw new ReaderError('not-found', `There is no article "${id}" in this collection.`, {
          id: 'article.notFound',
          values: { id },
        });
      const path = join(dir, COLLECTION_FILES.articlesDir, `${id}.json`);
      const parsed = ArticleSchema.safeParse(
        await readJson(path, {
          english: `The article file ${path} is missing.`,
          text: { id: 'collection.articleMissing', values: { path } },
        }),
      );
      if (!parsed.success || parsed.data.id !== id) {
        throw new ReaderError(
          'collection-unavailable',
          `The article file ${path} is damaged. ${REBUILD_HINT}`,
          { id: 'collection.articleDamaged', values: { path } },
        );
      }
      cache.set(id, parsed.data);
      if (cache.size > CACHED_ARTICLES) cache.delete(cache.keys().next().value as string);
      return parsed.data;
    },
  };
}

/** `missing` says what is missing when the file is not there, in English and by its catalogue id. */
async function readJson(
  path: string,
  missing: { english: string; text: ReaderErrorText },
): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ReaderError(
        'collection-unavailable',
        `${missing.english} ${REBUILD_HINT}`,
        missing.text,
      );
    }
    const detail = (error as Error).message;
    throw new ReaderError('collection-unavailable', `Cannot read ${path}: ${detail}`, {
      id: 'collection.unreadable',
      values: { path, detail },
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new ReaderError(
      'collection-unavailable',
      `${path} is not valid JSON (${detail}). ${REBUILD_HINT}`,
      { id: 'collection.notJson', values: { path, detail } },
    );
  }
}
