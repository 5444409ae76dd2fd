import { useIntl, type IntlShape } from 'react-intl';
import type { Article } from '../../../common/model';
import { formatPublished, formatReadingTime } from '../lib/format';
import { SourceLink } from './SourceLink';
import { TagList } from './TagList';

/** "By Jane Doe", unless the source already wrote the "By". */
function byLine(intl: IntlShape, byline: string): string {
  return /^by\s/i.test(byline)
    ? byline
    : intl.formatMessage({ id: 'article.byline' }, { author: byline });
}

/** Title and only the facts that are known: no "Unknown author" filler. */
export function ArticleHeader({ article }: { article: Article }) {
  const intl = useIntl();
  const published = formatPublished(intl, article.published);
  const readingTime = formatReadingTime(intl, article.readingMinutes);
  const hasMeta = Boolean(article.byline || published || readingTime);

  return (
    <header className="article__header">
      {article.source && <p className="article__kicker">{article.source}</p>}
      <h1 className="article__title">{article.title}</h1>
      {hasMeta && (
        <p className="article__meta dot-separated">
          {article.byline && (
            <span className="article__byline">{byLine(intl, article.byline)}</span>
          )}
          {published && (
            <time className="article__detail" dateTime={article.published}>
              {published}
            </time>
          )}
          {readingTime && <span className="article__detail">{readingTime}</span>}
        </p>
      )}
      <SourceLink url={article.sourceUrl} />
      <TagList tags={article.tags} className="article__tags" />
    </header>
  );
}
