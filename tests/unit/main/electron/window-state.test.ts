// The remembered window: placed back where it was when that place is still
// on a display, brought back onto the primary display when it is not, and
// kept in a file that survives damage without stopping the app.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  WINDOW_STATE_FILE,
  createWindowStateStore,
  placeWindow,
  type WindowState,
} from '../../../../main/electron/window-state';
import { makeTempDir } from '../../../support/temp-dir';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const rightOfPrimary = { x: 1920, y: 0, width: 1280, height: 984 };

function saved(overrides: Partial<WindowState> = {}): WindowState {
  return { x: 100, y: 80, width: 1000, height: 700, maximized: false, ...overrides };
}

describe('placeWindow', () => {
  it('keeps a saved window that sits on a display where it was', () => {
    expect(placeWindow(saved(), [primary])).toEqual({
      bounds: { x: 100, y: 80, width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('keeps a window on a secondary display that still exists', () => {
    const onSecond = saved({ x: 2000, y: 50 });
    expect(placeWindow(onSecond, [primary, rightOfPrimary]).bounds).toEqual({
      x: 2000,
      y: 50,
      width: 1000,
      height: 700,
    });
  });

  it('brings a window from a display that is gone back, centred on the primary display', () => {
    const onUnpluggedDisplay = saved({ x: 2000, y: 50 });
    expect(placeWindow(onUnpluggedDisplay, [primary]).bounds).toEqual({
      x: 460,
      y: 170,
      width: 1000,
      height: 700,
    });
  });

  it('brings back a window that only shows a sliver on a display', () => {
    const almostOff = saved({ x: 1900, y: 200 });
    const { bounds } = placeWindow(almostOff, [primary]);
    expect(bounds).toMatchObject({ x: 460, y: 170 });
  });

  it('pulls a window partly off its display wholly inside the work area', () => {
    const hangingOff = saved({ x: 1500, y: -30 });
    expect(placeWindow(hangingOff, [primary]).bounds).toEqual({
      x: 920,
      y: 0,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than its display to the work area', () => {
    const huge = saved({ x: 0, y: 0, width: 4000, height: 3000 });
    expect(placeWindow(huge, [primary]).bounds).toEqual(primary);
  });

  it('never restores a window smaller than the minimum size', () => {
    const tiny = saved({ width: 50, height: 20 });
    expect(placeWindow(tiny, [primary]).bounds).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('opens a first window at the default size, centred on the primary display', () => {
    expect(placeWindow(undefined, [primary, rightOfPrimary])).toEqual({
      bounds: {
        x: (primary.width - DEFAULT_WINDOW_SIZE.width) / 2,
        y: (primary.height - DEFAULT_WINDOW_SIZE.height) / 2,
        ...DEFAULT_WINDOW_SIZE,
      },
      maximized: false,
    });
  });

  it('keeps the maximized state', () => {
    expect(placeWindow(saved({ maximized: true }), [primary]).maximized).toBe(true);
  });

  it('gives only a size when no display is known, leaving the position to the system', () => {
    expect(placeWindow(saved(), [])).toEqual({
      bounds: { width: 1000, height: 700 },
      maximized: false,
    });
  });
});

describe('createWindowStateStore', () => {
  let dir: string;
  let file: string;
  let warn: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    dir = await makeTempDir('reader-window-state-');
    file = join(dir, WINDOW_STATE_FILE);
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    warn.mockRestore();
    await rm(dir, { recursive: true, force: true });
  });

  it('returns nothing, quietly, on a first start', async () => {
    expect(await createWindowStateStore(file).load()).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('writes the state and reads it back', async () => {
    const store = createWindowStateStore(file);
    store.save(saved({ x: 5, maximized: true }));
    await store.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(saved({ x: 5, maximized: true }));
    expect(await createWindowStateStore(file).load()).toEqual(saved({ x: 5, maximized: true }));
  });

  it('keeps the last of several queued saves', async () => {
    const store = createWindowStateStore(file);
    store.save(saved({ width: 900 }));
    store.save(saved({ width: 950 }));
    store.save(saved({ width: 990 }));
    await store.flush();
    expect((await createWindowStateStore(file).load())?.width).toBe(990);
  });

  it('moves a file that is not JSON aside, warns, and starts from defaults', async () => {
    await writeFile(file, '{"x": 1, "y":');
    expect(await createWindowStateStore(file).load()).toBeUndefined();

    const files = await readdir(dir);
    expect(files).not.toContain(WINDOW_STATE_FILE);
    const aside = files.find((name) => name.startsWith(`${WINDOW_STATE_FILE}.corrupt-`));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside!), 'utf8')).toBe('{"x": 1, "y":');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not valid JSON'));
  });

  it('moves aside a file whose values are not a window state', async () => {
    await writeFile(file, JSON.stringify({ x: 'left', y: 0, width: -5, height: 1 }));
    expect(await createWindowStateStore(file).load()).toBeUndefined();
    expect((await readdir(dir)).some((name) => name.includes('.corrupt-'))).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('was damaged'));
  });

  it('logs, and does not throw, when the state cannot be written', async () => {
    const store = createWindowStateStore(join(dir, 'missing-folder', WINDOW_STATE_FILE));
    store.save(saved());
    await expect(store.flush()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Could not save the window state'));
  });
});
