// The Electron main process: glue only. It finds the collection, starts the
// services (plain Node, main/services.ts), wires them to IPC, serves the
// renderer over app://, applies the security rules and opens the window.
// The window never waits for the collection: the services start alongside
// it and IPC calls wait for them instead.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, session } from 'electron';
import { locateContentDir } from './content/locate';
import { builtAppFiles } from './electron/built-layout';
import { createAppWindows } from './electron/app-windows';
import { dispatchWhenReady } from './electron/deferred-dispatch';
import { forwardReaderEvents, registerReaderIpc } from './electron/ipc';
import { electronPagePdf } from './electron/page-pdf';
import { log } from './electron/log';
import { buildAppMenu } from './electron/menu';
import { registerAppScheme, serveAppProtocol } from './electron/protocol';
import { hardenSession, installSecurityHooks } from './electron/security';
import { enablePlatformSpeech } from './electron/speech';
import { finishBeforeQuit } from './electron/shutdown';
import { openMainWindow } from './electron/window';
import { createWindowStateStore, WINDOW_STATE_FILE } from './electron/window-state';
import { createReaderServices, type ReaderServices } from './services';

/** Tests point the app at a throw-away profile with this variable. */
export const USER_DATA_ENV = 'READER_USER_DATA_DIR';

// This file is built to out/main/index.js; its siblings are built beside it.
const {
  rendererDir: RENDERER_DIR,
  preloadPath: PRELOAD_PATH,
  searchWorker: SEARCH_WORKER,
} = builtAppFiles(dirname(fileURLToPath(import.meta.url)));

// Both must happen before the app is ready. The profile folder also decides
// the single-instance lock, so it is set before the lock is taken.
registerAppScheme();
enablePlatformSpeech();
const userDataOverride = process.env[USER_DATA_ENV]?.trim();
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));

if (app.requestSingleInstanceLock()) {
  run();
} else {
  // Another copy is running with this profile; it will come to the front.
  app.quit();
}

function run(): void {
  installSecurityHooks();
  const appWindows = createAppWindows();
  const windowState = createWindowStateStore(join(app.getPath('userData'), WINDOW_STATE_FILE));
  let services: Promise<ReaderServices> | undefined;
  let mainWindow: BrowserWindow | undefined;

  let opening: Promise<void> | undefined;

  // One window at a time: macOS sends 'activate' at launch too, possibly
  // while the first window is still being opened.
  const openWindow = (): Promise<void> => {
    opening ??= openMainWindow({
      title: app.getName(),
      preloadPath: PRELOAD_PATH,
      state: windowState,
      appWindows,
    })
      .then((window) => {
        mainWindow = window;
        window.once('closed', () => {
          if (mainWindow === window) mainWindow = undefined;
        });
      })
      .finally(() => {
        opening = undefined;
      });
    return opening;
  };

  finishBeforeQuit(() => [
    windowState.flush(),
    // A start-up failure was logged when it happened; nothing to close then.
    ...(services
      ? [
          services.then(
            (started) => started.close(),
            () => undefined,
          ),
        ]
      : []),
  ]);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    // macOS apps stay open without windows; 'activate' brings one back.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow && BrowserWindow.getAllWindows().length === 0) {
      openWindow().catch((error: unknown) => log.error('Could not open the window', error));
    }
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession);
      const content = locateContentDir({
        argv: process.argv,
        env: process.env,
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        appPath: app.getAppPath(),
        cwd: process.cwd(),
      });
      // The collection's images are served beside the renderer, from its own origin.
      serveAppProtocol(RENDERER_DIR, content.dir);
      log.info(`Reading the collection in ${content.dir} (chosen by: ${content.source}).`);
      services = createReaderServices({
        contentDir: content.dir,
        userDataDir: app.getPath('userData'),
        searchWorker: SEARCH_WORKER,
        log: log.warn,
        pagePdf: electronPagePdf(() => mainWindow),
        // A folder chosen by hand or the development build may be rebuilt
        // while the app runs (content:build --watch); the packaged one is
        // replaced only with the app itself.
        watchContent: content.source !== 'packaged',
      });
      services.then(
        (started) => forwardReaderEvents(started.events, appWindows.pages),
        (error: unknown) => log.error('The reader services failed to start', error),
      );
      registerReaderIpc({
        dispatch: dispatchWhenReady(services),
        ownsWebContents: appWindows.owns,
      });

      Menu.setApplicationMenu(
        buildAppMenu({ isDevelopment: !app.isPackaged, isMac: process.platform === 'darwin' }),
      );
      return openWindow();
    })
    .catch((error: unknown) => {
      log.error('The app failed to start', error);
      app.exit(1);
    });
}
