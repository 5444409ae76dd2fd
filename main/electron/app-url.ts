// The app's own address. The renderer is served from app://reader/ (see
// protocol.ts) so it has a real, fixed origin instead of file://; the IPC
// sender check and the navigation guard compare against these names.
export const APP_SCHEME = 'app';
export const APP_HOST = 'reader';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Prefix every URL of the app's own page starts with. */
export const APP_URL_PREFIX = `${APP_ORIGIN}/`;
export const APP_PAGE_URL = `${APP_URL_PREFIX}index.html`;

/** True for the app's single page, whatever its query or fragment. */
export function isAppPageUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== undefined &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    (parsed.pathname === '/' || parsed.pathname === '/index.html')
  );
}

export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    // Not a URL at all: callers treat that as "not ours".
    return undefined;
  }
}
