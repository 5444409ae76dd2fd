// main/index.ts wired together against the fake Electron, with the services
// replaced by a stand-in: the order of start-up, the window not waiting for
// the collection, IPC reaching the services, single instance, quitting.
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  READER_METHODS,
  channelOf,
  eventChannelOf,
  type ReaderApi,
  type ReaderEventSource,
} from '../../../../common/api';
import type { ReaderServices, ReaderServicesOptions } from '../../../../main/services';
import type * as FakeElectron from '../../../support/fakes/electron';
import { makeTempDir } from '../../../support/temp-dir';

vi.mock('electron', () => import('../../../support/fakes/electron'));

const services = vi.hoisted(() => ({
  create: vi.fn<(options: ReaderServicesOptions) => Promise<ReaderServices>>(),
}));
vi.mock('../../../../main/services', () => ({
  createReaderServices: (options: ReaderServicesOptions) => services.create(options),
}));

type Fake = typeof FakeElectron;
let fake: Fake;
let userData: string;

beforeEach(async () => {
  vi.resetModules();
  // The mocked module itself, not a fresh copy of the fake: resetModules
  // does not re-run mock factories, so this is the instance main/ imports.
  fake = (await import('electron')) as unknown as Fake;
  fake.resetElectronFake();
  userData = await makeTempDir('reader-main-');
  fake.app.paths.set('userData', userData);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  services.create.mockReset();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

type EventListener = Parameters<ReaderEventSource['subscribe']>[0];

function stubServices(api: Partial<ReaderApi> = {}): {
  close: ReturnType<typeof vi.fn>;
  emit: EventListener;
} {
  const close = vi.fn(async () => undefined);
  const listeners = new Set<EventListener>();
  const events: ReaderEventSource = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  services.create.mockResolvedValue({ api: api as ReaderApi, events, close });
  return {
    close,
    emit: (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    },
  };
}

async function startApp(): Promise<void> {
  await import('../../../../main/index');
}

async function mainWindow(): Promise<InstanceType<Fake['FakeBrowserWindow']>> {
  await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
  return fake.FakeBrowserWindow.instances[0]!;
}

describe('start-up', () => {
  it('registers the app:// scheme before the app is ready', async () => {
    stubServices();
    fake.app.whenReady.mockReturnValue(new Promise(() => undefined));
    await startApp();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    // Chromium reads its switches at start-up: read aloud's must be in by now.
    expect(fake.app.commandLine.hasSwitch('enable-speech-dispatcher')).toBe(
      process.platform === 'linux',
    );
    expect(fake.protocol.handle).not.toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('once ready, serves app://, hardens the session, registers IPC, sets the menu and opens the window', async () => {
    stubServices();
    await startApp();
    const window = await mainWindow();
    expect(fake.protocol.handlers.has('app')).toBe(true);
    expect(fake.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(fake.session.defaultSession.beforeRequestListener).not.toBeNull();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(READER_METHODS.map(channelOf).sort());
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(window.webContents.loadURL).toHaveBeenCalledWith('app://reader/index.html');
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('hardens the default session before app:// serves anything, not only when a window appears', async () => {
    stubServices();
    await startApp();
    await mainWindow();
    const [hardened] =
      fake.session.defaultSession.setPermissionRequestHandler.mock.invocationCallOrder;
    const [served] = fake.protocol.handle.mock.invocationCallOrder;
    expect(hardened).toBeDefined();
    expect(hardened!).toBeLessThan(served!);
  });

  it('opens the window without waiting for the services', async () => {
    services.create.mockReturnValue(new Promise(() => undefined));
    await startApp();
    await mainWindow();
  });

  it('gives the services the collection folder and the profile folder', async () => {
    stubServices();
    vi.stubEnv('READER_CONTENT_DIR', '/collections/test');
    await startApp();
    await vi.waitFor(() => expect(services.create).toHaveBeenCalled());
    expect(services.create.mock.calls[0]![0]).toMatchObject({
      contentDir: resolve('/collections/test'),
      userDataDir: userData,
      // A collection the publisher chose is reloaded when rebuilt (content:build --watch).
      watchContent: true,
    });
  });

  it('uses the development layout when nothing else is given', async () => {
    stubServices();
    vi.stubEnv('READER_CONTENT_DIR', '');
    await startApp();
    await vi.waitFor(() => expect(services.create).toHaveBeenCalled());
    expect(services.create.mock.calls[0]![0].contentDir).toBe(join('/fake/app', 'out', 'content'));
    expect(services.create.mock.calls[0]![0].watchContent).toBe(true);
  });

  it('uses the resources folder of a packaged app (fake process.resourcesPath)', async () => {
    stubServices();
    vi.stubEnv('READER_CONTENT_DIR', '');
    fake.app.isPackaged = true;
    const resourcesPath = resolve('/opt/Offline Reader/resources');
    // Electron sets process.resourcesPath; plain Node has none.
    const descriptor = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
    Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, configurable: true });
    try {
      await startApp();
      await vi.waitFor(() => expect(services.create).toHaveBeenCalled());
    } finally {
      if (descriptor) Object.defineProperty(process, 'resourcesPath', descriptor);
      else delete (process as { resourcesPath?: string }).resourcesPath;
    }
    expect(services.create.mock.calls[0]![0].contentDir).toBe(join(resourcesPath, 'content'));
    // Replaced only with the app itself: not watched.
    expect(services.create.mock.calls[0]![0].watchContent).toBe(false);
  });

  it('moves the profile to READER_USER_DATA_DIR, for tests', async () => {
    stubServices();
    const elsewhere = join(userData, 'elsewhere');
    vi.stubEnv('READER_USER_DATA_DIR', elsewhere);
    await startApp();
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', elsewhere);
    await vi.waitFor(() => expect(services.create).toHaveBeenCalled());
    expect(services.create.mock.calls[0]![0].userDataDir).toBe(elsewhere);
    // Set before the lock is taken: the lock belongs to the profile.
    expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
  });
});

describe('IPC through the real wiring', () => {
  it("answers the window's own page from the services", async () => {
    stubServices({ getSearchStatus: async () => ({ state: 'loading' }) });
    await startApp();
    const window = await mainWindow();
    const contents = window.webContents;
    const answer = await fake.ipcMain.invoke(channelOf('getSearchStatus'), {
      sender: contents,
      senderFrame: contents.mainFrame,
    });
    expect(answer).toEqual({ ok: true, value: { state: 'loading' } });
  });

  it('refuses the same window once it shows another page', async () => {
    const getSearchStatus = vi.fn(async () => ({ state: 'loading' as const }));
    stubServices({ getSearchStatus });
    await startApp();
    const contents = (await mainWindow()).webContents;
    contents.mainFrame.url = 'https://evil.example/';
    const answer = await fake.ipcMain.invoke(channelOf('getSearchStatus'), {
      sender: contents,
      senderFrame: contents.mainFrame,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(getSearchStatus).not.toHaveBeenCalled();
  });
});

describe('events through the real wiring', () => {
  it("sends the services' events to the app's window, on the event's channel", async () => {
    const stub = stubServices();
    await startApp();
    const contents = (await mainWindow()).webContents;
    await vi.waitFor(() => expect(contents.mainFrame.url).toMatch(/^app:\/\//));
    // The services are subscribed once they have started.
    await vi.waitFor(() => {
      stub.emit('searchStatusChanged', { state: 'ready', documents: 3, loadMs: 12 });
      expect(contents.sent.length).toBeGreaterThan(0);
    });
    expect(contents.sent.at(-1)).toEqual([
      eventChannelOf('searchStatusChanged'),
      { state: 'ready', documents: 3, loadMs: 12 },
    ]);
  });

  it('sends nothing to the window once it shows another page', async () => {
    const stub = stubServices();
    await startApp();
    const contents = (await mainWindow()).webContents;
    await vi.waitFor(() => expect(contents.mainFrame.url).toMatch(/^app:\/\//));
    contents.mainFrame.url = 'https://evil.example/';
    await new Promise((resolve) => setTimeout(resolve, 20));
    stub.emit('searchStatusChanged', { state: 'loading' });
    expect(contents.send).not.toHaveBeenCalled();
  });
});

describe('single instance', () => {
  it('quits at once when another copy holds the profile', async () => {
    stubServices();
    fake.app.singleInstanceLock = false;
    await startApp();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(services.create).not.toHaveBeenCalled();
  });

  it('brings its window forward when a second copy starts', async () => {
    stubServices();
    await startApp();
    const window = await mainWindow();
    window.minimized = true;
    fake.app.emit('second-instance');
    expect(window.isMinimized()).toBe(false);
    expect(window.focused).toBe(true);
  });
});

describe('quitting', () => {
  it('waits for the services to close before quitting', async () => {
    let finishClosing!: () => void;
    const { close } = stubServices();
    close.mockReturnValue(new Promise<void>((resolve) => (finishClosing = resolve)));
    await startApp();
    await mainWindow();
    const quit = vi.fn();
    fake.app.on('quit', quit);

    fake.app.quit();
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(quit).not.toHaveBeenCalled();
    finishClosing();
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
  });

  it('quits when the last window closes (except on macOS)', async () => {
    stubServices();
    await startApp();
    const window = await mainWindow();
    const quit = vi.fn();
    fake.app.on('quit', quit);
    window.close();
    fake.app.emit('window-all-closed');
    if (process.platform === 'darwin') {
      expect(fake.app.quit).not.toHaveBeenCalled();
    } else {
      expect(fake.app.quit).toHaveBeenCalled();
      // Quitting waits for the window's state to be written.
      await vi.waitFor(() => expect(quit).toHaveBeenCalled());
      expect(await readFile(join(userData, 'window-state.json'), 'utf8')).toContain('"width"');
    }
  });
});

describe('macOS activation', () => {
  it('does not open a second window while the first is still opening', async () => {
    stubServices();
    await startApp();
    fake.app.emit('activate');
    fake.app.emit('activate');
    await mainWindow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('opens a window again when activated with none open', async () => {
    stubServices();
    await startApp();
    const first = await mainWindow();
    first.close();
    fake.app.emit('activate');
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.getAllWindows()).toHaveLength(1));
    expect(fake.FakeBrowserWindow.getAllWindows()[0]).not.toBe(first);
  });
});
