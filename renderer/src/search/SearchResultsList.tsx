import { useId } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { SearchHit, SearchResults } from '../../../common/api';
import { BlockText, type BlockDecoration } from '../components/BlockText';
import { articleHref } from '../lib/routes';

/** The matched words of a snippet, drawn as <mark> runs like marks in the article. */
function Snippet({
  text,
  ranges,
}: {
  text: string;
  ranges: SearchHit['passages'][number]['ranges'];
}) {
  const decorations: BlockDecoration[] = ranges.map((r) => ({ ...r, className: 'search-hit' }));
  return <BlockText text={text} decorations={decorations} />;
}

function summary(intl: IntlShape, results: SearchResults): string {
  const values = {
    total: results.total,
    lowerBound: String(results.totalIsLowerBound),
    shown: results.hits.length,
  };
  return intl.formatMessage(
    {
      id:
        results.hits.length < results.total
          ? 'search.results.summaryShown'
          : 'search.results.summary',
    },
    values,
  );
}

/**
 * The hits of one search, grouped by article, best first: the article's title
 * and its best passages, each a link that opens the article at the passage
 * with the query's words marked.
 */
export function SearchResultsList({
  results,
  stale,
  onMore,
}: {
  results: SearchResults;
  stale: boolean;
  onMore?: () => void;
}) {
  const intl = useIntl();
  const summaryId = useId();
  if (results.hits.length === 0) {
    return (
      <p className="search__note">
        <FormattedMessage
          id="search.results.none"
          values={{ query: results.query, q: (chunks) => <q>{chunks}</q> }}
        />
      </p>
    );
  }
  return (
    <>
      <p className="search__summary" id={summaryId}>
        {summary(intl, results)}
      </p>
      {results.typoTolerant && (
        <p className="search__note search__note--small">
          <FormattedMessage id="search.results.closeSpellings" />
        </p>
      )}
      <ul
        className={`search__results${stale ? ' search__results--stale' : ''}`}
        aria-label={intl.formatMessage({ id: 'search.results.label' })}
        aria-describedby={summaryId}
      >
        {results.hits.map((hit) => (
          <li key={hit.articleId} className="search__group">
            {/* The article's title and words read their own way (an English
                passage from the left in an Arabic interface); the section and
                "Your note" labels are the interface's. */}
            <a
              className="search__result search__result--title"
              href={articleHref(hit.articleId, hit.passages[0]?.blockId, results.query)}
              dir="auto"
            >
              {hit.title}
            </a>
            {hit.passages.map((passage) => (
              <a
                key={`${passage.blockId}${passage.fromNote ? '/note' : ''}`}
                className="search__result search__result--passage"
                href={articleHref(hit.articleId, passage.blockId, results.query)}
              >
                {(passage.fromNote || passage.sectionHeading) && (
                  <span className="search__section">
                    {passage.fromNote
                      ? intl.formatMessage({ id: 'search.results.yourNote' })
                      : passage.sectionHeading}
                  </span>
                )}
                <span className="search__snippet" dir="auto">
                  <Snippet text={passage.snippet} ranges={passage.ranges} />
                </span>
              </a>
            ))}
          </li>
        ))}
      </ul>
      {onMore && results.hits.length < results.total && (
        <button type="button" className="search__more search__result" onClick={onMore}>
          <FormattedMessage id="search.results.more" />
        </button>
      )}
    </>
  );
}
