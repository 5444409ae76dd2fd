// Where an HTML link goes, from its href as written. Only web addresses
// (http, https, mailto) and relative references to other source files or to
// an anchor of this page become links; javascript:, data:, file: and every
// other scheme stay plain text, so no link in an article can run anything
// or read the disk.
import type { DraftLinkTarget } from './types';

const WEB = /^(?:https?:\/\/|mailto:)/i;
/** A scheme, as a URL parser reads one: letters first, then letters, digits, + - . */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** What a browser strips from an href before reading it. */
const STRIPPED = /[\t\n\r]/g;

export function linkTarget(rawHref: string, line?: number): DraftLinkTarget | undefined {
  const href = rawHref.replace(STRIPPED, '').trim();
  if (href === '') return undefined;
  if (WEB.test(href)) return { kind: 'web', url: href };
  // "//host/path" is a web address on the page's scheme, and "/path" is the site's root:
  // neither names a file relative to this one.
  if (SCHEME.test(href) || href.startsWith('/') || href.startsWith('\\')) return undefined;
  const hash = href.indexOf('#');
  const beforeHash = hash === -1 ? href : href.slice(0, hash);
  const query = beforeHash.indexOf('?');
  const path = decoded(query === -1 ? beforeHash : beforeHash.slice(0, query));
  const fragment = hash === -1 ? '' : decoded(href.slice(hash + 1));
  return {
    kind: 'source',
    href: rawHref,
    path,
    ...(fragment === '' ? {} : { fragment }),
    ...(line === undefined ? {} : { line }),
  };
}

/** Percent-escapes read as the characters they stand for; a malformed one is kept as written. */
function decoded(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
