// Electron's security checklist, one test per rule: each fails if the line
// that enforces its rule is removed from main/electron/security.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../support/fakes/electron'));

import {
  FakeBrowserWindow,
  FakeSession,
  FakeWebContents,
  app,
  fakeEvent,
  resetElectronFake,
  shell,
} from '../../../support/fakes/electron';
import {
  guardWebContents,
  hardenSession,
  installSecurityHooks,
  isAllowedRequestUrl,
  secureWebPreferences,
} from '../../../../main/electron/security';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetElectronFake();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardWebContents(contents as never);
  return contents;
}

describe('window preferences', () => {
  const preferences = secureWebPreferences('/app/out/preload/index.cjs');

  it.each([
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['spellcheck', false],
  ] as const)('sets %s to %s', (name, value) => {
    expect(preferences[name]).toBe(value);
  });

  it('loads the built CommonJS preload and enables no Blink features', () => {
    expect(preferences.preload).toBe('/app/out/preload/index.cjs');
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('navigation', () => {
  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://reader/other.html',
    'app://evil/index.html',
  ])('prevents navigating to %s', (url) => {
    const event = fakeEvent({ url, isMainFrame: true });
    guarded().emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(url));
  });

  it('lets the app page reload itself', () => {
    const event = fakeEvent({ url: 'app://reader/index.html#top', isMainFrame: true });
    guarded().emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('opens a clicked https link in the system browser instead', () => {
    guarded().emit(
      'will-navigate',
      fakeEvent({ url: 'https://example.org/source', isMainFrame: true }),
    );
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/source');
  });

  it('never hands a file: link to the system', () => {
    guarded().emit('will-navigate', fakeEvent({ url: 'file:///etc/passwd', isMainFrame: true }));
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents redirects away from the app page', () => {
    const event = fakeEvent({ url: 'https://evil.example/', isMainFrame: true });
    guarded().emit('will-redirect', event);
    expect(event.defaultPrevented).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents any sub-frame from navigating', () => {
    const contents = guarded();
    const subFrame = fakeEvent({ url: 'app://reader/index.html', isMainFrame: false });
    contents.emit('will-frame-navigate', subFrame);
    expect(subFrame.defaultPrevented).toBe(true);
    const mainFrame = fakeEvent({ url: 'app://reader/index.html', isMainFrame: true });
    contents.emit('will-frame-navigate', mainFrame);
    expect(mainFrame.defaultPrevented).toBe(false);
  });

  it('refuses to attach a <webview>', () => {
    const event = fakeEvent();
    guarded().emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('new windows', () => {
  it('denies every window.open and target=_blank', () => {
    const contents = guarded();
    for (const url of ['https://example.org/', 'app://reader/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it.each(['https://example.org/article', 'http://example.org/', 'mailto:editor@example.org'])(
    'hands %s to the system instead',
    (url) => {
      guarded().windowOpenHandler?.({ url });
      expect(shell.openExternal).toHaveBeenCalledWith(url);
    },
  );

  it('drops a user name and password before handing a link over', () => {
    guarded().windowOpenHandler?.({ url: 'https://user:secret@example.org/page' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/page');
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'app://reader/index.html',
    'ms-msdt:/id',
    'not a url',
  ])('never hands %s to the system', (url) => {
    guarded().windowOpenHandler?.({ url });
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Refused to open'));
  });

  it('logs when the system cannot open a link', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    guarded().windowOpenHandler?.({ url: 'https://example.org/' });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    error.mockRestore();
  });
});

describe('the session', () => {
  function hardened(): FakeSession {
    const session = new FakeSession();
    hardenSession(session as never);
    return session;
  }

  it('denies every permission request', () => {
    const session = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({} as never, permission as never, callback as never);
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with no', () => {
    const session = hardened();
    for (const permission of ['media', 'clipboard-sanitized-write', 'fullscreen']) {
      expect(session.permissionCheckHandler?.(null as never, permission as never)).toBe(false);
    }
  });

  it.each([
    'https://example.org/tracker.js',
    'http://localhost:5173/',
    'ws://localhost:1234/',
    'file:///etc/passwd',
    'devtools://devtools/bundled/inspector.html',
    'app://evil/index.html',
  ])('cancels a request to %s and logs it', (url) => {
    const callback = vi.fn();
    hardened().beforeRequestListener?.({ url, resourceType: 'script' } as never, callback as never);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(url));
  });

  it('lets the app load its own files', () => {
    const callback = vi.fn();
    hardened().beforeRequestListener?.(
      { url: 'app://reader/assets/index.js', resourceType: 'script' } as never,
      callback as never,
    );
    expect(callback).toHaveBeenCalledWith({ cancel: false });
    expect(isAllowedRequestUrl('app://reader/index.html')).toBe(true);
  });

  it('hardens a session once, however many webContents share it', () => {
    const session = new FakeSession();
    hardenSession(session as never);
    hardenSession(session as never);
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
  });
});

describe('installSecurityHooks', () => {
  it('guards every webContents as it is created, and its session', () => {
    installSecurityHooks();
    const window = new FakeBrowserWindow({});
    const contents = window.webContents;
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const event = fakeEvent({ url: 'https://evil.example/', isMainFrame: true });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(contents.session.permissionRequestHandler).not.toBeNull();
    expect(contents.session.beforeRequestListener).not.toBeNull();
  });

  it('covers webContents the app did not create itself', () => {
    installSecurityHooks();
    const stray = new FakeWebContents();
    stray.session = new FakeSession();
    app.emit('web-contents-created', fakeEvent(), stray);
    expect(stray.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
    expect(stray.session.beforeRequestListener).not.toBeNull();
  });
});
