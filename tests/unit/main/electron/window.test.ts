// The reader's window: secure preferences, restored placement, no white
// flash, the app page loaded, its state saved on close.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../support/fakes/electron'));

import {
  FakeWebContents,
  nativeTheme,
  resetElectronFake,
  screen,
  type FakeBrowserWindow,
} from '../../../support/fakes/electron';
import { createAppWindows, type AppWindows } from '../../../../main/electron/app-windows';
import { secureWebPreferences } from '../../../../main/electron/security';
import { WINDOW_BACKGROUND, openMainWindow } from '../../../../main/electron/window';
import {
  MIN_WINDOW_SIZE,
  WINDOW_STATE_FILE,
  createWindowStateStore,
  type WindowStateStore,
} from '../../../../main/electron/window-state';
import { makeTempDir } from '../../../support/temp-dir';

const PRELOAD = '/app/out/preload/index.cjs';
let dir: string;
let state: WindowStateStore;
let appWindows: AppWindows;

beforeEach(async () => {
  resetElectronFake();
  dir = await makeTempDir('reader-window-');
  state = createWindowStateStore(join(dir, WINDOW_STATE_FILE));
  appWindows = createAppWindows();
});
afterEach(async () => {
  await state.flush();
  await rm(dir, { recursive: true, force: true });
});

async function open(): Promise<FakeBrowserWindow> {
  const window = await openMainWindow({
    title: 'Offline Reader',
    preloadPath: PRELOAD,
    state,
    appWindows,
  });
  return window as unknown as FakeBrowserWindow;
}

describe('openMainWindow', () => {
  it('uses the secure preferences with the built preload', async () => {
    const window = await open();
    expect(window.options.webPreferences).toEqual(secureWebPreferences(PRELOAD));
  });

  it('loads the app page from app://', async () => {
    const window = await open();
    expect(window.webContents.loadURL).toHaveBeenCalledWith('app://reader/index.html');
  });

  it('stays hidden until the page has painted, then shows', async () => {
    const window = await open();
    expect(window.options.show).toBe(false);
    expect(window.isVisible()).toBe(false);
    window.emit('ready-to-show');
    expect(window.isVisible()).toBe(true);
  });

  it('paints the background of the current theme before the page loads', async () => {
    expect((await open()).options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    nativeTheme.shouldUseDarkColors = true;
    expect((await open()).options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('cannot be made smaller than the reading layout needs', async () => {
    const window = await open();
    expect(window.options).toMatchObject({
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
    });
  });

  it('counts as one of the app windows until it closes', async () => {
    const window = await open();
    expect(appWindows.owns(window.webContents as never)).toBe(true);
    expect(appWindows.owns(new FakeWebContents() as never)).toBe(false);
    window.close();
    expect(appWindows.owns(window.webContents as never)).toBe(false);
  });

  it('saves its place on close and reopens there, maximized again if it was', async () => {
    screen.displays = [
      { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
      { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 1000 } },
    ];
    const first = await open();
    first.bounds = { x: 2000, y: 40, width: 900, height: 700 };
    first.maximized = true;
    first.close();
    await state.flush();

    const second = await open();
    expect(second.options).toMatchObject({ x: 2000, y: 40, width: 900, height: 700 });
    expect(second.isMaximized()).toBe(false);
    second.emit('ready-to-show');
    expect(second.isMaximized()).toBe(true);
  });

  it('reopens on the primary display when its display is gone', async () => {
    const first = await open();
    first.bounds = { x: 2500, y: 40, width: 900, height: 700 };
    first.close();
    await state.flush();

    const second = await open();
    expect(second.options).toMatchObject({ x: 510, y: 170, width: 900, height: 700 });
  });
});
