// "Original at example.org": the article's source on the web. It opens in the
// system's browser (the app itself never navigates away), only when the reader
// clicks it and then confirms the address (useExternalLinkConfirmation); the
// title says so before they do.
import { externalHref, linkHost } from '../../../common/external-link';
import { ExternalIcon } from './Icons';

export function SourceLink({ url }: { url: string | undefined }) {
  const href = externalHref(url);
  if (!href) return null;
  return (
    <p className="article__source">
      <a
        className="article__source-link"
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        title={`Opens ${href} in your browser`}
      >
        Original at {linkHost(href)}
        <ExternalIcon />
      </a>
    </p>
  );
}
