// The reader's window: opened where it was left (clamped to a display that
// still exists), shown only once painted so there is no white flash, and
// loading the app's page from app://. Its preferences come from security.ts.
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_PAGE_URL } from './app-url';
import type { AppWindows } from './app-windows';
import { log } from './log';
import { secureWebPreferences } from './security';
import { MIN_WINDOW_SIZE, placeWindow, type Rect, type WindowStateStore } from './window-state';

/** Painted before the page is: keep in step with the renderer's page background. */
export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#1d1d1f' } as const;

export interface MainWindowOptions {
  title: string;
  preloadPath: string;
  state: WindowStateStore;
  appWindows: AppWindows;
}

export async function openMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const placement = placeWindow(await options.state.load(), displayWorkAreas());
  // security-justified CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK: the preferences come
  // from secureWebPreferences (security.ts: sandbox and contextIsolation on), which the
  // tool cannot follow; electron-window.test.ts checks this window gets exactly those.
  // security-justified AUXCLICK_JS_CHECK: a middle-click opens no window in the app:
  // setWindowOpenHandler (security.ts) denies every new window, whatever the click.
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: options.title,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors
      ? WINDOW_BACKGROUND.dark
      : WINDOW_BACKGROUND.light,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  options.appWindows.adopt(window);

  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  // 'close' comes while the window still has its bounds; the normal bounds
  // are what a maximized window returns to, so those are the ones kept.
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    options.state.save({ x, y, width, height, maximized: window.isMaximized() });
  });

  window.loadURL(APP_PAGE_URL).catch((error: unknown) => {
    log.error(`The app page ${APP_PAGE_URL} failed to load`, error);
  });
  return window;
}

/** Work areas (screen minus task bars and docks), the primary display first. */
function displayWorkAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}
