import { memo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { LibraryEntry } from '../../../common/library';
import { languageDirection } from '../../../common/text-direction';
import { FINISHED_AT, formatProgress, formatPublished, formatReadingTime } from '../lib/format';
import { articleHref } from '../lib/routes';
import { ProgressMeter } from './ProgressMeter';
import { TagList } from './TagList';

interface Props {
  article: LibraryEntry;
  /** Fraction read, or undefined when the article was never opened. */
  progress: number | undefined;
  /** Only one article link is in the Tab order; arrow keys move between them. */
  tabbable: boolean;
}

/**
 * One article in the library. The link's text is the title alone so its
 * accessible name is exactly the title; the link's hit area is stretched
 * over the whole card by CSS, so the card is clickable anywhere. The title
 * and summary are the article's words, marked with its language so a screen
 * reader speaks them in its voice; the details around them are the app's.
 */
export const ArticleListItem = memo(function ArticleListItem({
  article,
  progress,
  tabbable,
}: Props) {
  const intl = useIntl();
  const details = [
    article.byline,
    article.source && article.source !== article.byline ? article.source : undefined,
    formatPublished(intl, article.published),
    formatReadingTime(intl, article.readingMinutes),
  ].filter((detail): detail is string => Boolean(detail));
  const finished = progress !== undefined && progress >= FINISHED_AT;
  // The article's words read its way (an Arabic title from the right, an
  // English one from the left in an Arabic interface); the details around
  // them are the interface's and run its way. A card with no language
  // follows the interface.
  const dir = article.language ? languageDirection(article.language) : undefined;

  return (
    <div className="card">
      <h2 className="card__title" lang={article.language} dir={dir}>
        <a
          className="card__link"
          href={articleHref(article.id)}
          data-article-id={article.id}
          tabIndex={tabbable ? 0 : -1}
        >
          {article.title}
        </a>
      </h2>
      {details.length > 0 && (
        <p className="card__meta dot-separated">
          {details.map((detail, index) => (
            <span className="card__detail" key={index}>
              {detail}
            </span>
          ))}
        </p>
      )}
      {article.summary && (
        <p className="card__summary" lang={article.language} dir={dir}>
          {article.summary}
        </p>
      )}
      {(article.tags.length > 0 || progress !== undefined) && (
        <div className="card__footer">
          <TagList tags={article.tags} className="card__tags" />
          {progress !== undefined && (
            <p className={`card__progress${finished ? ' card__progress--finished' : ''}`}>
              <ProgressMeter fraction={progress} />
              <span>{formatProgress(intl, progress)}</span>
            </p>
          )}
        </div>
      )}
    </div>
  );
});

/**
 * A card whose entry has not arrived yet: the shape of a card, so the list
 * does not jump when it fills in, and a word for screen readers.
 */
export function ArticleListPlaceholder() {
  return (
    <div className="card card--placeholder">
      <span className="visually-hidden">
        <FormattedMessage id="library.card.loading" />
      </span>
      <span className="card__placeholder-line card__placeholder-line--title" aria-hidden="true" />
      <span className="card__placeholder-line" aria-hidden="true" />
      <span className="card__placeholder-line card__placeholder-line--short" aria-hidden="true" />
    </div>
  );
}
