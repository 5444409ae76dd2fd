// A stand-in for the `electron` module, for unit tests of the Electron glue
// (there is no Electron binary where unit tests run). Use it with
//   vi.mock('electron', () => import('./fakes/electron'));
// It records what the code under test asks of Electron (handlers, options,
// calls) and lets a test play Electron's part: emit events, invoke an IPC
// channel, send a request to a protocol handler. It imitates only what the
// glue uses, and Electron's behaviour where tests depend on it (ipcMain
// refuses a second handler for a channel; a new window's webContents is
// announced with 'web-contents-created').
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** The Event objects Electron passes to listeners: preventDefault is recorded. */
export class FakeEvent<Details extends object = object> {
  defaultPrevented = false;
  constructor(details?: Details) {
    Object.assign(this, details);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}
export function fakeEvent<Details extends object>(details?: Details): FakeEvent & Details {
  return new FakeEvent(details) as FakeEvent & Details;
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  beforeRequestListener: Listener | null = null;
  setPermissionRequestHandler = vi.fn((handler: Listener | null) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: Listener | null) => {
    this.permissionCheckHandler = handler;
  });
  webRequest = {
    onBeforeRequest: vi.fn((listener: Listener | null) => {
      this.beforeRequestListener = listener;
    }),
  };
}

export class FakeWebFrameMain {
  constructor(
    public url: string,
    public parent: FakeWebFrameMain | null = null,
  ) {}
  get top(): FakeWebFrameMain {
    return this.parent ? this.parent.top : this;
  }
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  session: FakeSession = session.defaultSession;
  mainFrame = new FakeWebFrameMain('');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  loadURL = vi.fn(async (url: string) => {
    this.mainFrame.url = url;
  });
  destroyed = false;
  isDestroyed = (): boolean => this.destroyed;
  getURL = (): string => this.mainFrame.url;
  /** What the main process sent this page: [channel, ...args] per message. */
  sent: unknown[][] = [];
  send = vi.fn((channel: string, ...args: unknown[]) => {
    this.sent.push([channel, ...args]);
  });
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake'));
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  bounds: { x: number; y: number; width: number; height: number };
  visible = false;
  maximized = false;
  minimized = false;
  focused = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown> & { webPreferences?: object }) {
    super();
    this.bounds = {
      x: (options.x as number | undefined) ?? 0,
      y: (options.y as number | undefined) ?? 0,
      width: (options.width as number | undefined) ?? 800,
      height: (options.height as number | undefined) ?? 600,
    };
    this.visible = options.show !== false;
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  /** Plays a user closing the window: 'close' while it exists, then 'closed'. */
  close(): void {
    this.emit('close', new FakeEvent());
    this.destroyed = true;
    this.emit('closed');
  }
}
export { FakeBrowserWindow as BrowserWindow };

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle: vi.fn((channel: string, handler: InvokeHandler) => {
    // Electron throws here too: a channel has at most one handler.
    if (ipcMain.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    ipcMain.handlers.set(channel, handler);
  }),
  /** Plays a renderer calling ipcRenderer.invoke(channel, ...args). */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  },
};

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export const protocol = {
  privilegedSchemes: [] as unknown[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
    protocol.privilegedSchemes.push(...schemes);
  }),
  handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
    protocol.handlers.set(scheme, handler);
  }),
};

export const dialog = {
  showSaveDialog: vi.fn(
    async (
      _window: unknown,
      _options: unknown,
    ): Promise<{ canceled: boolean; filePath: string }> => ({
      canceled: true,
      filePath: '',
    }),
  ),
};
export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

export interface FakeDisplay {
  id: number;
  workArea: { x: number; y: number; width: number; height: number };
}
export const screen = {
  displays: [] as FakeDisplay[],
  getAllDisplays: () => screen.displays,
  getPrimaryDisplay: () => {
    const primary = screen.displays[0];
    if (!primary) throw new Error('the fake screen has no displays');
    return primary;
  },
};

export const nativeTheme = { shouldUseDarkColors: false };

export const Menu = {
  applicationMenu: null as unknown,
  buildFromTemplate: vi.fn((template: unknown[]) => ({ items: template })),
  setApplicationMenu: vi.fn((menu: unknown) => {
    Menu.applicationMenu = menu;
  }),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

type RendererListener = (event: unknown, ...args: unknown[]) => void;

export const ipcRenderer = {
  invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({
    ok: true,
    value: { channel, args },
  })),
  listeners: new Map<string, Set<RendererListener>>(),
  on: vi.fn((channel: string, listener: RendererListener) => {
    if (!ipcRenderer.listeners.has(channel)) ipcRenderer.listeners.set(channel, new Set());
    ipcRenderer.listeners.get(channel)!.add(listener);
  }),
  removeListener: vi.fn((channel: string, listener: RendererListener) => {
    ipcRenderer.listeners.get(channel)?.delete(listener);
  }),
  /** Plays the main process sending `payload` on `channel` (webContents.send). */
  deliver(channel: string, payload: unknown): void {
    for (const listener of ipcRenderer.listeners.get(channel) ?? []) {
      listener({ sender: 'the IPC event', ports: [] }, payload);
    }
  },
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>();
  appPath = '/fake/app';
  name = 'Offline Reader';
  ready = true;
  singleInstanceLock = true;
  readonly commandLine = {
    switches: new Map<string, string | undefined>(),
    appendSwitch: vi.fn((name: string, value?: string) => {
      this.commandLine.switches.set(name, value);
    }),
    hasSwitch: (name: string): boolean => this.commandLine.switches.has(name),
  };

  getPath = vi.fn((name: string) => {
    const path = this.paths.get(name);
    if (!path) throw new Error(`the fake app has no path "${name}"`);
    return path;
  });
  setPath = vi.fn((name: string, path: string) => {
    this.paths.set(name, path);
  });
  getAppPath = (): string => this.appPath;
  getName = (): string => this.name;
  isReady = (): boolean => this.ready;
  whenReady = vi.fn(async () => undefined);
  requestSingleInstanceLock = vi.fn(() => this.singleInstanceLock);
  quit = vi.fn(() => {
    // Like Electron: quitting asks 'will-quit' listeners, who may hold it.
    const event = new FakeEvent();
    this.emit('will-quit', event);
    if (!event.defaultPrevented) this.emit('quit');
  });
  exit = vi.fn((_code?: number) => undefined);
}

export const app = new FakeApp();

export const session = { defaultSession: new FakeSession() };

/** Back to a fresh Electron: call in beforeEach. */
export function resetElectronFake(): void {
  FakeBrowserWindow.instances = [];
  ipcMain.handlers.clear();
  protocol.privilegedSchemes = [];
  protocol.handlers.clear();
  screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  nativeTheme.shouldUseDarkColors = false;
  Menu.applicationMenu = null;
  contextBridge.exposed.clear();
  ipcRenderer.listeners.clear();
  session.defaultSession = new FakeSession();
  app.removeAllListeners();
  app.paths.clear();
  app.commandLine.switches.clear();
  app.isPackaged = false;
  app.appPath = '/fake/app';
  app.ready = true;
  app.singleInstanceLock = true;
  // Forget calls and any implementation a test swapped in (mockReturnValue...).
  vi.resetAllMocks();
}
resetElectronFake();
