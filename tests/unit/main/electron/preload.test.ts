// The preload exposes window.reader: exactly one function per API method,
// each one ipcRenderer.invoke on that method's channel, plus subscribe for
// the contract's events, and nothing else.
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../support/fakes/electron'));

import { contextBridge, ipcRenderer, resetElectronFake } from '../../../support/fakes/electron';
import { READER_EVENTS, READER_METHODS, channelOf, eventChannelOf } from '../../../../common/api';

let bridge: Record<string, (...args: unknown[]) => Promise<unknown>>;

beforeAll(async () => {
  resetElectronFake();
  await import('../../../../preload/index');
  bridge = contextBridge.exposed.get('reader') as typeof bridge;
});

describe('window.reader', () => {
  it('is the only thing exposed to the page', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...contextBridge.exposed.keys()]).toEqual(['reader']);
  });

  it('has exactly the API methods and subscribe, each a function', () => {
    expect(Object.keys(bridge).sort()).toEqual([...READER_METHODS, 'subscribe'].sort());
    for (const method of READER_METHODS) expect(typeof bridge[method]).toBe('function');
  });

  it('is frozen, so the page cannot swap a method', () => {
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('does not hand out ipcRenderer or its methods', () => {
    for (const value of Object.values(bridge)) {
      expect(value).not.toBe(ipcRenderer.invoke);
      expect(value).not.toBe(ipcRenderer);
    }
  });

  it("invokes each method's channel with the arguments given", async () => {
    for (const method of READER_METHODS) {
      ipcRenderer.invoke.mockClear();
      const answer = await bridge[method]!('first', { second: 2 });
      expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
      expect(ipcRenderer.invoke).toHaveBeenCalledWith(channelOf(method), 'first', { second: 2 });
      expect(answer).toEqual({
        ok: true,
        value: { channel: channelOf(method), args: ['first', { second: 2 }] },
      });
    }
  });
});

describe('window.reader.subscribe', () => {
  type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;
  const subscribe = () => bridge.subscribe as unknown as Subscribe;

  it("hands each event's payload to the listener, and only the payload", () => {
    for (const event of READER_EVENTS) {
      const heard: unknown[][] = [];
      const stop = subscribe()(event, (...args) => heard.push(args));
      ipcRenderer.deliver(eventChannelOf(event), { some: 'payload' });
      expect(heard).toEqual([[{ some: 'payload' }]]);
      stop();
      ipcRenderer.deliver(eventChannelOf(event), { some: 'later payload' });
      expect(heard).toHaveLength(1);
    }
  });

  it('listens on no channel but those of the contract', () => {
    expect(() => subscribe()('reader:getLibrary', () => undefined)).toThrow(/no event named/);
    expect(() => subscribe()('__proto__', () => undefined)).toThrow(/no event named/);
    expect(() => subscribe()('searchStatusChanged', 'not a function' as never)).toThrow(
      /listener function/,
    );
    expect(ipcRenderer.on).not.toHaveBeenCalledWith('reader:getLibrary', expect.anything());
  });
});
