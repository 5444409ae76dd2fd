// IPC: one handler per API method, and every call checked for who sent it
// before it reaches the services.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../support/fakes/electron'));

import {
  FakeWebContents,
  FakeWebFrameMain,
  ipcMain,
  resetElectronFake,
} from '../../../support/fakes/electron';
import { READER_METHODS, channelOf } from '../../../../common/api';
import type { Dispatch } from '../../../../common/dispatch';
import type { Envelope } from '../../../../common/errors';
import { registerReaderIpc } from '../../../../main/electron/ipc';

const APP_PAGE = 'app://reader/index.html';
let ownContents: FakeWebContents;
let dispatch: ReturnType<typeof vi.fn<Dispatch>>;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  resetElectronFake();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  ownContents = new FakeWebContents();
  ownContents.mainFrame.url = APP_PAGE;
  dispatch = vi.fn<Dispatch>(async (method, args) => ({ ok: true, value: { method, args } }));
  registerReaderIpc({
    dispatch,
    ownsWebContents: (contents) => contents === (ownContents as unknown),
  });
});

/** An invoke event as Electron builds it: the sending webContents and frame. */
function sentFrom(sender: FakeWebContents, senderFrame: FakeWebFrameMain | null) {
  return { sender, senderFrame, processId: 1, frameId: 1 };
}

describe('registration', () => {
  it('registers every API method exactly once, on its own channel', () => {
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels).toHaveLength(READER_METHODS.length);
    expect(new Set(channels)).toEqual(new Set(READER_METHODS.map(channelOf)));
  });

  it('registers nothing that is not an API method', () => {
    for (const channel of ipcMain.handlers.keys()) {
      expect(READER_METHODS.map(channelOf)).toContain(channel);
    }
  });
});

describe('the sender check', () => {
  it('passes the app page to dispatch with the method name and arguments', async () => {
    const answer = await ipcMain.invoke(
      channelOf('getArticle'),
      sentFrom(ownContents, ownContents.mainFrame),
      'an-article',
    );
    expect(dispatch).toHaveBeenCalledWith('getArticle', ['an-article']);
    expect(answer).toEqual({ ok: true, value: { method: 'getArticle', args: ['an-article'] } });
  });

  it('routes each channel to its own method', async () => {
    for (const method of READER_METHODS) {
      await ipcMain.invoke(channelOf(method), sentFrom(ownContents, ownContents.mainFrame));
      expect(dispatch).toHaveBeenLastCalledWith(method, []);
    }
  });

  async function expectForbidden(event: unknown): Promise<void> {
    const answer = (await ipcMain.invoke(channelOf('getLibrary'), event)) as Envelope;
    expect(answer).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('getLibrary') },
    });
    expect(dispatch).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Refused reader:getLibrary'));
  }

  it('refuses a page from another origin', async () => {
    ownContents.mainFrame.url = 'https://evil.example/';
    await expectForbidden(sentFrom(ownContents, ownContents.mainFrame));
  });

  it('refuses a sender whose frame is gone', async () => {
    await expectForbidden(sentFrom(ownContents, null));
  });

  it('refuses a file:// page', async () => {
    await expectForbidden(sentFrom(ownContents, new FakeWebFrameMain('file:///tmp/x.html')));
  });

  it('refuses a look-alike host', async () => {
    const frame = new FakeWebFrameMain('app://reader.evil.example/index.html');
    await expectForbidden(sentFrom(ownContents, frame));
  });

  it('refuses a sub-frame, even one showing the app page', async () => {
    const subFrame = new FakeWebFrameMain(APP_PAGE, ownContents.mainFrame);
    await expectForbidden(sentFrom(ownContents, subFrame));
  });

  it('refuses the app page in a window the app did not create', async () => {
    const stranger = new FakeWebContents();
    stranger.mainFrame.url = APP_PAGE;
    await expectForbidden(sentFrom(stranger, stranger.mainFrame));
  });
});
