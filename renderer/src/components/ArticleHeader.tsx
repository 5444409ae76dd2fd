import { useIntl, type IntlShape } from 'react-intl';
import type { Article } from '../../../common/model';
import { blockDirection, type TextDirection } from '../../../common/text-direction';
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
export function ArticleHeader({
  article,
  direction,
}: {
  article: Article;
  /** The article's direction: a title that runs the other way says so. */
  direction: TextDirection;
}) {
  const intl = useIntl();
  const published = formatPublished(intl, article.published);
  const readingTime = formatReadingTime(intl, article.readingMinutes);
  const hasMeta = Boolean(article.byline || published || readingTime);

  return (
    <header className="article__header">
      {article.source && <p className="article__kicker">{article.source}</p>}
      <h1 className="article__title" dir={blockDirection(article.title, direction)}>
        {article.title}
      </h1>
      {hasMeta && (
        <p className="article__meta dot-separated">
          {/* Each fact reads its own way (bdi): "1 min read" stays so in a right-to-left line.
              The date and reading time are the interface's words, in its language. */}
          {article.byline && (
            <span className="article__byline">
              <bdi>{byLine(intl, article.byline)}</bdi>
            </span>
          )}
          {published && (
            <time className="article__detail" dateTime={article.published} lang={intl.locale}>
              <bdi>{published}</bdi>
            </time>
          )}
          {readingTime && (
            <span className="article__detail" lang={intl.locale}>
              <bdi>{readingTime}</bdi>
            </span>
          )}
        </p>
      )}
      <SourceLink url={article.sourceUrl} />
      <TagList tags={article.tags} className="article__tags" />
    </header>
  );
}
