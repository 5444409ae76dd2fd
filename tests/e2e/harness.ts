// Runs the real renderer (the built out/renderer) in Chromium against the
// real main-process services, with window.reader installed through
// Playwright's exposeBinding and the same contract and schemas the Electron
// preload and IPC handlers use; the services' events are delivered into the
// page as webContents.send delivers them. Only the Electron glue is left out; that is
// what tests/electron covers.
import { existsSync } from 'node:fs';
import { readFile, realpath, rm } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page, type Request } from '@playwright/test';
import { READER_EVENTS, READER_METHODS } from '../../common/api';
import { createDispatch } from '../../common/dispatch';
import type { Envelope } from '../../common/errors';
import { APP_HOST, APP_SCHEME } from '../../main/electron/app-url';
import {
  contentTypeOf,
  isCollectionUrl,
  isInside,
  lookUpCollectionAsset,
} from '../../main/electron/renderer-files';
import { ASSET_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { createReaderServices } from '../../main/services';
import { QUIET_CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { watchOutgoingSockets } from './socket-watch';
import { makeTempDir } from '../support/temp-dir';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BUILT_RENDERER = join(ROOT, 'out', 'renderer');
export const BUILT_CONTENT = join(ROOT, 'out', 'content');
const BUILT_SEARCH_WORKER = join(ROOT, 'out', 'main', 'search-worker.js');

/**
 * The page's origin. `.invalid` can never resolve (RFC 2606), so even a
 * request that slipped past the router could not reach anything.
 */
export const APP_ORIGIN = 'https://reader.invalid';
export const APP_URL = `${APP_ORIGIN}/index.html`;

export interface LaunchOptions {
  contentDir?: string;
  userDataDir?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /**
   * The system's language, as navigator.languages reports it; en-US unless
   * given, so the interface is English whatever the machine's language.
   */
  locale?: string;
  /** Reload the collection when it is rebuilt in place, as the app does for `--content`. */
  watchContent?: boolean;
  /** Milliseconds each call of these methods waits before it is answered: a slow machine's IPC. */
  slowMethods?: Record<string, number>;
}

export interface LaunchedReader {
  page: Page;
  close(): Promise<void>;
  userDataDir: string;
  contentDir: string;
  /** Every request the app tried to send anywhere but its own files. */
  offMachineRequests: string[];
  /**
   * Links the app asked to open in a new window. Electron's window-open
   * handler refuses every such window and hands http(s) links to the system
   * browser (main/electron/security.ts); the harness does the same: the
   * window's request never leaves, and its URL is recorded here.
   */
  externalOpens: string[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
  /** What the services logged (warnings about recovered files etc.). */
  serviceLog: string[];
  /**
   * The save dialog of "Save as PDF…", played here: it answers with a file
   * in `dir` named as the app suggested (or cancels, with answer 'cancel'),
   * and the page is printed by Chromium (page.pdf) as Electron's printToPDF
   * would. `suggested` lists the names the app proposed.
   */
  pdfDialog: { dir: string; answer: 'save' | 'cancel'; suggested: string[] };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export async function launchReader(options: LaunchOptions = {}): Promise<LaunchedReader> {
  if (!existsSync(join(BUILT_RENDERER, 'index.html'))) {
    throw new Error(`No built renderer in ${BUILT_RENDERER}: run \`npm run build\` first.`);
  }
  const contentDir = options.contentDir ?? BUILT_CONTENT;
  const ownUserData = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await makeTempDir('reader-e2e-'));
  const serviceLog: string[] = [];
  const offMachineRequests: string[] = [];
  // The services run in this process: any socket it opens from now on counts.
  const stopWatchingSockets = watchOutgoingSockets((target) => offMachineRequests.push(target));
  // Set once the app's page exists; every other page is a window the app opened.
  const app: { page?: Page } = {};
  const pdfDialog: LaunchedReader['pdfDialog'] = {
    dir: await makeTempDir('reader-pdf-'),
    answer: 'save',
    suggested: [],
  };
  const services = await createReaderServices({
    contentDir,
    userDataDir,
    searchWorker: existsSync(BUILT_SEARCH_WORKER) ? BUILT_SEARCH_WORKER : undefined,
    log: (m) => serviceLog.push(m),
    watchContent: options.watchContent ?? false,
    pagePdf: {
      chooseDestination: async (name) => {
        pdfDialog.suggested.push(name);
        return pdfDialog.answer === 'save' ? join(pdfDialog.dir, name) : undefined;
      },
      printPage: async () => {
        if (!app.page) throw new Error('The app page is not open yet.');
        return app.page.pdf({ printBackground: true, preferCSSPageSize: true });
      },
    },
  });
  const dispatch = createDispatch(services.api, {
    onInternalError: (method, error) =>
      serviceLog.push(`internal error in ${method}: ${String(error)}`),
  });

  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: QUIET_CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'block',
    locale: options.locale ?? 'en-US',
  });
  const externalOpens: string[] = [];
  const pageErrors: string[] = [];
  context.on('page', (opened) => {
    if (app.page && opened !== app.page) opened.close().catch(() => undefined);
  });

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (app.page && isNewWindow(route.request(), app.page)) {
      externalOpens.push(route.request().url());
      return route.abort('blockedbyclient');
    }
    if (url.origin !== APP_ORIGIN) {
      offMachineRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    }
    if (isCollectionUrl(url.href)) {
      return route.fulfill(await collectionAssetResponse(contentDir, url));
    }
    const file = resolveRendererFile(url.pathname);
    if (!file) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      status: 200,
      body: await readFile(file),
      headers: {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      },
    });
  });

  // The bridge: the same checks as the IPC handlers (own page, main frame),
  // then the same dispatch with the same schemas. The answer crosses as JSON
  // text: Playwright's own serialisation of a large object (a 45,000-word
  // article) takes ten times what Electron's structured clone does, and
  // would be measured as the app's time.
  await context.exposeBinding(
    '__readerInvoke',
    async ({ frame, page }, method: unknown, args: unknown): Promise<string> => {
      if (frame !== page.mainFrame() || !frame.url().startsWith(`${APP_ORIGIN}/`)) {
        const refused: Envelope = {
          ok: false,
          error: { code: 'forbidden', message: 'Calls are only accepted from the app page.' },
        };
        return JSON.stringify(refused);
      }
      const delay = typeof method === 'string' ? options.slowMethods?.[method] : undefined;
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      return JSON.stringify(await dispatch(method, args));
    },
  );
  await context.addInitScript({ content: bridgeScript(READER_METHODS, READER_EVENTS) });

  const page = await context.newPage();
  app.page = page;
  page.on('websocket', (ws) => offMachineRequests.push(ws.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  // The services' events reach the page the way webContents.send would.
  const stopForwarding = services.events.subscribe((event, payload) => {
    page
      .evaluate(
        ([name, value]) =>
          (
            window as unknown as { __readerDeliver: (e: string, p: unknown) => void }
          ).__readerDeliver(name, value),
        [event, payload] as const,
      )
      .catch((error: unknown) => {
        // A page that is closing or navigating cannot hear it; anything else is a failure.
        if (!page.isClosed()) serviceLog.push(`event ${event} not delivered: ${String(error)}`);
      });
  });
  await page.goto(APP_URL);

  return {
    page,
    userDataDir,
    contentDir,
    offMachineRequests,
    externalOpens,
    pageErrors,
    serviceLog,
    pdfDialog,
    async close() {
      stopForwarding();
      await context.close();
      await browser.close();
      await services.close();
      stopWatchingSockets();
      if (ownUserData) await rm(userDataDir, { recursive: true, force: true });
      await rm(pdfDialog.dir, { recursive: true, force: true });
    },
  };
}

/** A document request for a window other than the app's own page. */
function isNewWindow(request: Request, appPage: Page): boolean {
  if (!request.isNavigationRequest()) return false;
  try {
    return request.frame().page() !== appPage;
  } catch {
    // A new window's first request comes before its frame exists; the app
    // page's frames all exist already.
    return true;
  }
}

/**
 * The collection's images, served as the app:// protocol serves them
 * (main/electron/protocol.ts): the same lookup (only
 * /collection/assets/<hash>.<ext>), the same check that the real file is
 * inside the assets folder, the same content types and policy.
 */
async function collectionAssetResponse(
  contentDir: string,
  url: URL,
): Promise<{ status: number; body: Buffer | string; headers: Record<string, string> }> {
  const lookup = lookUpCollectionAsset(contentDir, `${APP_SCHEME}://${APP_HOST}${url.pathname}`);
  const refused = (status: number) => ({
    status,
    body: status === 404 ? 'Not found' : 'Forbidden',
    headers: { 'content-security-policy': ASSET_CONTENT_SECURITY_POLICY },
  });
  if (lookup.kind === 'refused') return refused(403);
  try {
    const [root, file] = await Promise.all([
      realpath(join(contentDir, 'assets')),
      realpath(lookup.path),
    ]);
    if (!isInside(root, file)) return refused(403);
    return {
      status: 200,
      body: await readFile(file),
      headers: {
        'content-type': contentTypeOf(file),
        'content-security-policy': ASSET_CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return refused(404);
    throw error;
  }
}

/** Maps a URL path to a file inside the built renderer, or undefined. */
function resolveRendererFile(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(BUILT_RENDERER, relative));
  if (!file.startsWith(BUILT_RENDERER + sep) || !existsSync(file)) return undefined;
  return file;
}

/**
 * The page's window.reader, as source text: a function handed to
 * addInitScript would carry the helpers that tsx's transform adds to named
 * functions (`__name`), which do not exist in the page.
 */
function bridgeScript(methods: readonly string[], events: readonly string[]): string {
  return `(() => {
    const methods = ${JSON.stringify(methods)};
    const events = ${JSON.stringify(events)};
    const bridge = {};
    for (const method of methods) {
      bridge[method] = (...args) => window.__readerInvoke(method, args).then(JSON.parse);
    }
    // Events: like the preload, only the contract's names, only the payload.
    const listeners = new Map();
    bridge.subscribe = (event, listener) => {
      if (!events.includes(event)) throw new Error('There is no event named ' + event + '.');
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event)?.delete(listener);
    };
    const deliver = (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    };
    Object.defineProperty(window, '__readerDeliver', { value: deliver });
    Object.defineProperty(window, 'reader', { value: Object.freeze(bridge) });
  })();`;
}
