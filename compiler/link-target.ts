// Where a link written in a source goes, decided from its href alone: the
// web (http, https, mailto), another source file or a fragment of this one
// (resolved by the link pass once the collection is known), or nowhere.
// Any other scheme (javascript:, data:, file:) is never a link: the words
// stay, the link goes.
import type { DraftLinkTarget } from './types';

const WEB = /^(?:https?:\/\/[^\s/]|mailto:[^\s])/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function linkTargetOf(href: string, line?: number): DraftLinkTarget | undefined {
  const written = href.trim();
  if (written === '') return undefined;
  if (WEB.test(written)) return { kind: 'web', url: written };
  // Another scheme, a protocol-relative address, or a path from a site's
  // root that no source folder can say where it is.
  if (ANY_SCHEME.test(written) || written.startsWith('/') || written.startsWith('\\')) {
    return undefined;
  }
  const hash = written.indexOf('#');
  const beforeHash = hash === -1 ? written : written.slice(0, hash);
  const fragment = hash === -1 ? '' : decoded(written.slice(hash + 1));
  const filePath = decoded(beforeHash.replace(/\?.*$/, ''));
  if (filePath === '' && fragment === '') return undefined;
  return {
    kind: 'source',
    href: written,
    path: filePath,
    ...(fragment === '' ? {} : { fragment }),
    ...(line === undefined ? {} : { line }),
  };
}

/** Percent-escapes as a browser reads them; a malformed one stays as written. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
