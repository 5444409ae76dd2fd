// Links that leave the app. The app never shows another page itself: a link
// opens a new window, which the main process refuses and hands to the
// system's browser instead (setWindowOpenHandler in main/electron/security.ts),
// and only for http and https. A collection is data from anywhere, so a
// source URL is checked here again, whatever the compiler did.

/** The URL to link to, or undefined when it is not a plain web address. */
export function externalHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  return parsed.href;
}

/** "example.org" for the link text: where the reader is about to go. */
export function linkHost(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}
