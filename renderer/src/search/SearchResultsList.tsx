import type { SearchResults } from '../../../common/api';
import { formatCount } from '../lib/format';
import { articleHref } from '../lib/routes';

/** The hits of one search, each a link to its article. */
export function SearchResultsList({ results, stale }: { results: SearchResults; stale: boolean }) {
  if (results.hits.length === 0) {
    return (
      <p className="search__note">
        No articles match <q>{results.query}</q>.
      </p>
    );
  }
  return (
    <>
      <p className="search__summary">
        {formatCount(results.total, 'article')}
        {results.total > results.hits.length && `, best ${results.hits.length} shown`}
      </p>
      <ul
        className={`search__results${stale ? ' search__results--stale' : ''}`}
        aria-label="Search results"
      >
        {results.hits.map((hit) => (
          <li key={hit.articleId}>
            <a className="search__result" href={articleHref(hit.articleId)}>
              {hit.title}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
