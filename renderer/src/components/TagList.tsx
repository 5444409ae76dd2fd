import { Fragment } from 'react';
import { FormattedMessage } from 'react-intl';

/**
 * An article's tags as chips. Screen readers hear "Tags: a, b, c" rather
 * than a run of words, from the hidden label and commas.
 */
export function TagList({ tags, className }: { tags: readonly string[]; className: string }) {
  if (tags.length === 0) return null;
  return (
    <p className={className}>
      <span className="visually-hidden">
        <FormattedMessage id="tags.label" />{' '}
      </span>
      {tags.map((tag, index) => (
        <Fragment key={tag}>
          {index > 0 && (
            <span className="visually-hidden">
              <FormattedMessage id="tags.separator" />{' '}
            </span>
          )}
          <span className="tag">{tag}</span>
        </Fragment>
      ))}
    </p>
  );
}
