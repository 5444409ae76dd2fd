// The small pieces between Electron and the services: calls that wait for
// the services instead of the window waiting, the quit that waits for
// writes, and the menu.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../support/fakes/electron'));

import { Menu, app, resetElectronFake } from '../../../support/fakes/electron';
import type { ReaderApi } from '../../../../common/api';
import { ReaderError } from '../../../../common/errors';
import { dispatchWhenReady } from '../../../../main/electron/deferred-dispatch';
import { buildAppMenu } from '../../../../main/electron/menu';
import { finishBeforeQuit } from '../../../../main/electron/shutdown';
import type { ReaderServices } from '../../../../main/services';

beforeEach(() => {
  resetElectronFake();
});

function servicesWith(api: Partial<ReaderApi>): ReaderServices {
  return {
    api: api as ReaderApi,
    events: { subscribe: () => () => undefined },
    close: async () => undefined,
  };
}

describe('dispatchWhenReady', () => {
  it('holds calls until the services have started, then answers them', async () => {
    let start!: (services: ReaderServices) => void;
    const dispatch = dispatchWhenReady(new Promise((resolve) => (start = resolve)));
    const answer = dispatch('getSearchStatus', []);
    let settled = false;
    void answer.then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);

    start(servicesWith({ getSearchStatus: async () => ({ state: 'loading' }) }));
    expect(await answer).toEqual({ ok: true, value: { state: 'loading' } });
  });

  it('validates arguments with the shared contract', async () => {
    const dispatch = dispatchWhenReady(Promise.resolve(servicesWith({})));
    const answer = await dispatch('getArticle', [42]);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('answers every call with the start-up failure when the services fail to start', async () => {
    const dispatch = dispatchWhenReady(Promise.reject(new Error('disk on fire')));
    expect(await dispatch('getLibrary', [])).toEqual({
      ok: false,
      error: {
        code: 'collection-unavailable',
        message: 'The reader could not start: disk on fire',
      },
    });
  });

  it('keeps the code of a ReaderError the services failed with', async () => {
    const failure = new ReaderError('storage-failed', 'The profile folder is read-only.');
    const dispatch = dispatchWhenReady(Promise.reject(failure));
    expect(await dispatch('getSettings', [])).toEqual({ ok: false, error: failure.toData() });
  });

  it('logs unexpected service failures', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dispatch = dispatchWhenReady(
      Promise.resolve(
        servicesWith({
          getLibrary: async () => {
            throw new TypeError('boom');
          },
        }),
      ),
    );
    expect(await dispatch('getLibrary', [])).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('getLibrary'),
      expect.any(TypeError),
    );
    error.mockRestore();
  });
});

describe('finishBeforeQuit', () => {
  it('holds the quit until the tasks finish, then quits', async () => {
    let finish!: () => void;
    finishBeforeQuit(() => [new Promise<void>((resolve) => (finish = resolve))]);
    const quit = vi.fn();
    app.on('quit', quit);

    app.quit();
    await new Promise((resolve) => setImmediate(resolve));
    expect(quit).not.toHaveBeenCalled();

    finish();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
  });

  it('logs a failed task and quits anyway', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    finishBeforeQuit(() => [Promise.reject(new Error('could not flush'))]);
    const quit = vi.fn();
    app.on('quit', quit);
    app.quit();
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
    expect(error).toHaveBeenCalledWith('[reader] A shutdown task failed', expect.any(Error));
    error.mockRestore();
  });

  it('quits after the time limit when a task never finishes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    finishBeforeQuit(() => [new Promise(() => undefined)], 20);
    const quit = vi.fn();
    app.on('quit', quit);
    app.quit();
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('still running after 20 ms'));
    warn.mockRestore();
  });
});

describe('buildAppMenu', () => {
  type Item = { label?: string; role?: string; submenu?: Item[] };
  const roles = (items: Item[]): string[] =>
    items.flatMap((item) => [item.role ?? '', ...roles(item.submenu ?? [])]).filter(Boolean);

  it('offers reload only during development', () => {
    const built = (isDevelopment: boolean) =>
      (buildAppMenu({ isDevelopment, isMac: false }) as unknown as { items: Item[] }).items;
    expect(roles(built(true))).toContain('reload');
    expect(roles(built(false))).not.toContain('reload');
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(2);
  });

  it('has quit, fullscreen, zoom, the edit shortcuts and about', () => {
    const items = (
      buildAppMenu({ isDevelopment: false, isMac: false }) as unknown as { items: Item[] }
    ).items;
    expect(roles(items)).toEqual(
      expect.arrayContaining([
        'quit',
        'editMenu',
        'togglefullscreen',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'about',
      ]),
    );
    expect(roles(items)).not.toContain('toggleDevTools');
  });
});
