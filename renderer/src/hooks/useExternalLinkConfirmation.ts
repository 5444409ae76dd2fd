// Every link that would leave the app, wherever it is drawn, stops here first:
// one listener on the document (capture phase, before any component sees the
// click) turns the click, a middle click or Enter on the link into a question
// for the reader. Only after they confirm does the app open the new window
// that the main process hands to the system's browser.
import { useCallback, useEffect, useState } from 'react';
import { externalHref } from '../../../common/external-link';

/** The link the reader is being asked about, or null. */
export function useExternalLinkConfirmation() {
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    const intercept = (event: MouseEvent) => {
      // Only the primary and the middle button follow links.
      if (event.button !== 0 && event.button !== 1) return;
      const link = leavingLink(event.target);
      if (!link) return;
      // Whatever the link is, the page itself never follows it.
      event.preventDefault();
      event.stopPropagation();
      const href = externalHref(link.href);
      // A link to anything but a web address is not offered at all.
      if (href) setPending(href);
    };
    document.addEventListener('click', intercept, true);
    document.addEventListener('auxclick', intercept, true);
    return () => {
      document.removeEventListener('click', intercept, true);
      document.removeEventListener('auxclick', intercept, true);
    };
  }, []);

  const confirm = useCallback(() => {
    if (pending) window.open(pending, '_blank', 'noopener,noreferrer');
    setPending(null);
  }, [pending]);
  const cancel = useCallback(() => setPending(null), []);

  return { pending, confirm, cancel };
}

/** The anchor a click landed in, when it points away from the app's own page. */
function leavingLink(target: EventTarget | null): HTMLAnchorElement | null {
  if (!(target instanceof Element)) return null;
  const link = target.closest('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return null;
  // A download the app made itself (an export) is a blob: link the page created.
  if (link.hasAttribute('download') && link.protocol === 'blob:') return null;
  // In-app links are hash routes on the app's own page.
  let url: URL;
  try {
    url = new URL(link.href, window.location.href);
  } catch {
    return link;
  }
  return url.origin === window.location.origin && url.pathname === window.location.pathname
    ? null
    : link;
}
