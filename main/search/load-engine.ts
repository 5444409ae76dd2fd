// Loads the collection's search index, or rebuilds it from the articles when
// it is missing, damaged or built from other content (hash mismatch).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECTION_FILES, SearchIndexFileSchema } from '../../common/collection';
import type { Article } from '../../common/model';
import { openCollection } from '../content/collection';
import { buildSearchIndex } from './build-index';
import { SearchEngine } from './search-engine';

export interface LoadedEngine {
  engine: SearchEngine;
  /** Why the index was rebuilt instead of loaded, if it was. */
  rebuiltBecause?: string;
}

export async function loadSearchEngine(contentDir: string): Promise<LoadedEngine> {
  const collection = openCollection(contentDir);
  const manifest = await collection.manifest();
  const titles = new Map(manifest.articles.map((a) => [a.id, a.title]));
  const path = join(contentDir, COLLECTION_FILES.searchIndex);

  let problem: string;
  try {
    const file = SearchIndexFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!file.success) problem = `${path} does not match the index format`;
    else if (file.data.contentHash !== manifest.contentHash)
      problem = `${path} was built from other content`;
    else return { engine: SearchEngine.load(file.data.index, titles) };
  } catch (error) {
    problem = `${path} could not be read (${(error as Error).message})`;
  }

  const articles: Article[] = [];
  for (const summary of manifest.articles) articles.push(await collection.article(summary.id));
  const rebuilt = buildSearchIndex(articles, manifest.contentHash);
  return { engine: SearchEngine.load(rebuilt.index, titles), rebuiltBecause: problem };
}
