// "Original at example.org": the article's source on the web. It opens in the
// system's browser (the app itself never navigates away), only when the reader
// clicks it and then confirms the address (useExternalLinkConfirmation); the
// title says so before they do.
import { FormattedMessage, useIntl } from 'react-intl';
import { externalHref, linkHost } from '../../../common/external-link';
import { ExternalIcon } from './Icons';

export function SourceLink({ url }: { url: string | undefined }) {
  const intl = useIntl();
  const href = externalHref(url);
  if (!href) return null;
  return (
    <p className="article__source">
      <a
        className="article__source-link"
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        title={intl.formatMessage({ id: 'article.source.title' }, { href })}
      >
        <FormattedMessage id="article.source.link" values={{ host: linkHost(href) }} />
        <ExternalIcon />
      </a>
    </p>
  );
}
