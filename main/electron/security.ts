// Electron's security checklist, applied in one place: the preferences every
// window gets, the guards every webContents gets (navigation, new windows,
// <webview>), and the session rules (permissions denied, network refused).
// installSecurityHooks applies the guards to every webContents ever created,
// not only the ones this code creates.
import { app, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { APP_HOST, APP_SCHEME, isAppPageUrl, parseUrl } from './app-url';
import { log } from './log';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Links the user may follow leave the app for the system's browser or mail client. */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Hands a link to the system, if it is a kind that is safe to hand over. */
export function openExternalLink(url: string): void {
  const parsed = parseUrl(url);
  if (!parsed || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) {
    log.warn(`Refused to open ${url} outside the app: only http, https and mailto links are.`);
    return;
  }
  // A user name or password in a link from a collection is never handed on:
  // the reader confirmed the address without them (common/external-link.ts).
  parsed.username = '';
  parsed.password = '';
  // security-justified OPEN_EXTERNAL_JS_CHECK: only a parsed http, https or mailto URL
  // gets here (checked just above), so no file:, smb: or custom scheme reaches the system.
  shell.openExternal(parsed.href).catch((error: unknown) => {
    log.error(`Could not open ${parsed.href} in the system browser`, error);
  });
}

export function guardWebContents(contents: WebContents): void {
  // The app is one page; anything else a click would load opens outside.
  contents.on('will-navigate', (event) => {
    if (isAppPageUrl(event.url)) return;
    event.preventDefault();
    log.warn(`Prevented navigation to ${event.url}.`);
    openExternalLink(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    // The page has no frames (the CSP refuses them); a sub-frame that
    // appears anyway may not navigate.
    if (event.isMainFrame) return;
    event.preventDefault();
    log.warn(`Prevented a sub-frame navigation to ${event.url}.`);
  });
  contents.on('will-redirect', (event) => {
    if (isAppPageUrl(event.url)) return;
    event.preventDefault();
    log.warn(`Prevented a redirect to ${event.url}.`);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Prevented a <webview> from attaching.');
  });
}

/** Only the app's own files load; every other request is refused. */
export function isAllowedRequestUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed?.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

const hardenedSessions = new WeakSet<Session>();

export function hardenSession(session: Session): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);

  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`Denied a permission request: ${permission}.`);
    callback(false);
  });
  // Checks are frequent and silent by nature (a page asking "may I?"); the
  // answer is always no, and requests above are where refusals are logged.
  session.setPermissionCheckHandler(() => false);
  // The app is offline by design: data: and blob: URLs never reach here
  // (the renderer resolves them, under the CSP); everything that does must be app://.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) log.warn(`Refused a ${details.resourceType} request to ${details.url}.`);
    callback({ cancel: !allowed });
  });
}

/** Applies the guards to every webContents and its session, as each is created. */
export function installSecurityHooks(): void {
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents);
    hardenSession(contents.session);
  });
}
