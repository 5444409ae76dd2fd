// A search engine over articles held in memory: the index is built and read
// through the same binary format the app ships.
import type { Article } from '../../common/model';
import { articleTextsFromMemory } from '../../main/search/article-texts';
import { buildSearchIndex } from '../../main/search/build-index';
import { CompactIndex } from '../../main/search/compact-index';
import { SearchEngine, type EngineOptions } from '../../main/search/search-engine';

export function engineFor(articles: Article[], options: EngineOptions = {}): SearchEngine {
  return new SearchEngine(
    new CompactIndex(buildSearchIndex(articles, 'test')),
    articleTextsFromMemory(articles),
    { log: () => {}, ...options },
  );
}
