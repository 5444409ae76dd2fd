// Links that leave the app. The app never shows another page itself: the
// renderer asks the reader first (renderer/src/components/ExternalLinkDialog),
// then opens a new window, which the main process refuses and hands to the
// system's browser instead (setWindowOpenHandler in main/electron/security.ts).
// Article and source links are http and https only; the main process also
// hands over mailto: links, which the app does not draw today. A collection
// is data from anywhere, so a URL is checked here again, whatever the compiler
// did, and any user name or password in it is dropped: the reader sees and
// opens the address without them.

/** The URL to link to, without credentials, or undefined when it is not a plain web address. */
export function externalHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.hostname === '') return undefined;
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

/** "example.org" for the link text: where the reader is about to go. */
export function linkHost(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}
