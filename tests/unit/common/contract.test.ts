import { describe, expect, it, vi } from 'vitest';
import { READER_METHODS, readerContract, type ReaderApi } from '../../../common/api';
import { createClient } from '../../../common/client';
import { createDispatch } from '../../../common/dispatch';
import { ReaderError } from '../../../common/errors';

function fakeApi(overrides: Partial<ReaderApi> = {}): ReaderApi {
  const api = Object.fromEntries(READER_METHODS.map((m) => [m, vi.fn(async () => `${m} called`)]));
  return { ...api, ...overrides } as unknown as ReaderApi;
}

describe('dispatch (the receiving end of every call)', () => {
  it('passes valid arguments through to the service', async () => {
    const api = fakeApi();
    const dispatch = createDispatch(api);
    expect(await dispatch('getArticle', ['seed-article'])).toEqual({
      ok: true,
      value: 'getArticle called',
    });
    expect(api.getArticle).toHaveBeenCalledWith('seed-article');
  });

  it('refuses an unknown method by name without calling anything', async () => {
    const result = await createDispatch(fakeApi())('constructor', []);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('names the argument at fault and never calls the service with bad input', async () => {
    const api = fakeApi();
    const dispatch = createDispatch(api);
    const bad = await dispatch('getArticle', ['../../etc/passwd']);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(bad.ok === false && bad.error.message).toMatch(/^getArticle: argument 1: an article id/);
    expect(await dispatch('updateSettings', [{ fontSize: 99 }])).toMatchObject({
      error: { code: 'invalid-argument' },
    });
    expect(await dispatch('updateSettings', [{ evil: true }])).toMatchObject({
      error: { code: 'invalid-argument' },
    });
    expect(await dispatch('getLibrary', ['extra'])).toMatchObject({
      error: { code: 'invalid-argument' },
    });
    expect(await dispatch('search', 'not an array')).toMatchObject({
      error: { code: 'invalid-argument' },
    });
    expect(api.getArticle).not.toHaveBeenCalled();
    expect(api.updateSettings).not.toHaveBeenCalled();
  });

  it('passes a ReaderError through as its code and message', async () => {
    const dispatch = createDispatch(
      fakeApi({
        getLibrary: async () => Promise.reject(new ReaderError('collection-unavailable', 'gone')),
      }),
    );
    expect(await dispatch('getLibrary', [])).toEqual({
      ok: false,
      error: { code: 'collection-unavailable', message: 'gone' },
    });
  });

  it('reports an unexpected failure as internal, and tells the host', async () => {
    const onInternalError = vi.fn();
    const dispatch = createDispatch(
      fakeApi({ getSettings: async () => Promise.reject(new TypeError('boom')) }),
      {
        onInternalError,
      },
    );
    expect(await dispatch('getSettings', [])).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'getSettings failed: boom' },
    });
    expect(onInternalError).toHaveBeenCalledWith('getSettings', expect.any(TypeError));
  });
});

describe('client (the calling end)', () => {
  it('has exactly one function per contract method', () => {
    const client = createClient(async () => ({ ok: true, value: null }));
    expect(Object.keys(client).sort()).toEqual(Object.keys(readerContract).sort());
  });

  it('turns an error envelope back into a ReaderError with its code', async () => {
    const client = createClient(async () => ({
      ok: false,
      error: { code: 'not-found', message: 'no such article' },
    }));
    const error = await client.getArticle('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReaderError);
    expect(error).toMatchObject({ code: 'not-found', message: 'no such article' });
  });

  it('round-trips through dispatch', async () => {
    const dispatch = createDispatch(fakeApi());
    const client = createClient((method, args) => dispatch(method, args));
    await expect(client.getSettings()).resolves.toBe('getSettings called');
    await expect(client.getArticle('BAD ID' as string)).rejects.toMatchObject({
      code: 'invalid-argument',
    });
  });
});
