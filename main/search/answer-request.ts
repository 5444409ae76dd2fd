import type { ArticleMatches, SearchResults } from '../../common/api';
import type { SearchEngine } from './search-engine';
import type { SearchRequest } from './worker-protocol';

/** One request against a loaded engine: the worker and the in-thread service share this. */
export function answerRequest(
  engine: SearchEngine,
  request: SearchRequest,
): SearchResults | ArticleMatches {
  return request.kind === 'search'
    ? engine.search(request.query, request.limit === undefined ? {} : { limit: request.limit })
    : engine.searchInArticle(request.articleId, request.query);
}
