// Hostile IPC: random and malformed argument lists sent to every API method
// through the real IPC handlers (main/electron/ipc.ts, on a faked ipcMain),
// the real dispatch and the real services, over a real collection and profile on disk. Each call must
// get a clear error or a valid answer; none may crash the process or fail
// with an unexpected ('internal') error; and a rejected call must leave the
// stored data (every file in the profile, and what the services answer)
// exactly as it was.
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../support/fakes/electron'));

import { FakeWebContents, ipcMain, resetElectronFake } from '../../../support/fakes/electron';
import {
  READER_METHODS,
  channelOf,
  isReaderMethod,
  type ReaderMethod,
} from '../../../../common/api';
import { registerReaderIpc } from '../../../../main/electron/ipc';
import { createDispatch, type Dispatch } from '../../../../common/dispatch';
import { READER_ERROR_CODES, type Envelope } from '../../../../common/errors';
import { LibraryPageSchema } from '../../../../common/library';
import { ArticleSchema } from '../../../../common/model';
import { INTERFACE_LANGUAGES, SettingsSchema } from '../../../../common/settings';
import { createReaderServices, type ReaderServices } from '../../../../main/services';
import { article, writeCollection } from '../../../support/collection-fixture';
import { makeTempDir } from '../../../support/temp-dir';

/** Calls per method; with the unknown-method run, well over 10,000 in all. */
const RUNS_PER_METHOD = Number(process.env.FUZZ_RUNS ?? 1_400);
const UNKNOWN_METHOD_RUNS = 600;
/** An error message the UI can show: one or a few lines, not a dump. */
const MAX_MESSAGE_LENGTH = 600;

const ARTICLES = [
  article('alliance', 'A Dangerous Alliance', [
    'Troops stationed in the Kursk region.',
    'A defense treaty was signed.',
  ]),
  article('homecoming', 'A Grim Homecoming', ['Many were sent to gulags after the war.']),
];
const BLOCKS = ARTICLES.flatMap((a) => a.blocks.map((b) => [a.id, b.id] as const));

// Values that have broken parsers and stores before: prototype keys, path
// tricks, numbers at the edges, huge and odd strings.
const nasty = fc.constantFrom<unknown>(
  '__proto__',
  'constructor',
  'prototype',
  '../../../etc/passwd',
  '..\\..\\windows\\system32',
  'alliance/../../x',
  '%2e%2e%2f',
  '\u0000',
  '\ud800',
  'a'.repeat(100_000),
  '',
  ' ',
  NaN,
  Infinity,
  -Infinity,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1,
  0.5,
  2 ** 53,
  10n ** 30n,
  null,
  undefined,
  true,
  [],
  {},
  JSON.parse('{"__proto__": {"polluted": true}}'),
  Object.create(null),
  new Date(NaN),
  new Map([['theme', 'dark']]),
  new Set(['alliance']),
  new Uint8Array([0xff, 0xfe]),
);

// What can cross Electron's IPC (the structured clone algorithm): no
// functions or symbols, but Dates, Maps, Sets, typed arrays, BigInts,
// sparse arrays and objects without a prototype.
const anyValue = fc.oneof(
  { weight: 3, arbitrary: nasty },
  {
    weight: 5,
    arbitrary: fc.anything({
      maxDepth: 4,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
    }),
  },
);

/** Well-formed argument lists for each method; malformed ones are made from them. */
const VALID_ARGS: Partial<Record<ReaderMethod, fc.Arbitrary<unknown[]>>> = {
  getLibrary: fc.oneof(
    fc.constant<unknown[]>([]),
    fc
      .record(
        {
          text: fc.oneof(fc.constantFrom('treaty', 'GRIM homecoming', ''), fc.string()),
          tag: fc.option(fc.constantFrom('history', 'politics'), { nil: null }),
          sort: fc.constantFrom('title', 'published', 'reading-time', 'recent'),
          offset: fc.integer({ min: 0, max: 5 }),
          limit: fc.integer({ min: 1, max: 200 }),
          locate: fc.constantFrom(...ARTICLES.map((a) => a.id), 'no-such-article'),
        },
        { requiredKeys: [] },
      )
      .map((query) => [query]),
  ),
  getArticle: fc.constantFrom(...ARTICLES.map((a) => [a.id]), ['no-such-article']),
  getSettings: fc.constant([]),
  updateSettings: fc
    .record(
      {
        theme: fc.constantFrom('system', 'light', 'dark', 'sepia'),
        fontSize: fc.integer({ min: 14, max: 28 }),
        lineWidth: fc.constantFrom('narrow', 'medium', 'wide'),
        librarySort: fc.constantFrom('title', 'published', 'reading-time', 'recent'),
        speechRate: fc.double({ min: 0.5, max: 2, noNaN: true }),
        speechVoice: fc.oneof(fc.constant(''), fc.string({ maxLength: 200 })),
        interfaceLanguage: fc.constantFrom(...INTERFACE_LANGUAGES),
      },
      { requiredKeys: [] },
    )
    .map((patch) => [patch]),
  getReadingPositions: fc.constant([]),
  saveReadingPosition: fc
    .tuple(
      fc.constantFrom(...BLOCKS),
      fc.integer({ min: 0, max: 500 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .map(([[id, blockId], offset, progress]) => [id, { blockId, offset, progress }]),
  getSearchStatus: fc.constant([]),
  search: fc
    .oneof(fc.constantFrom('treaty', 'gulags', 'kursk region', '"troops"'), fc.string())
    .map((query) => [query]),
};

/** One malformed change to a well-formed argument list. */
function malform(valid: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    // Replace one argument.
    fc.tuple(valid, fc.nat(), anyValue).map(([args, at, value]) => {
      const copy = [...args];
      copy[args.length ? at % args.length : 0] = value;
      return copy;
    }),
    // One argument too many, or one too few.
    fc.tuple(valid, anyValue).map(([args, extra]) => [...args, extra]),
    valid.map((args) => args.slice(0, -1)),
    // Replace or add one property of an object argument.
    fc
      .tuple(valid, fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor')), anyValue)
      .map(([args, key, value]) =>
        args.map((arg) =>
          typeof arg === 'object' && arg !== null ? { ...arg, [key]: value } : arg,
        ),
      ),
    fc.tuple(valid, fc.nat(), anyValue).map(([args, pick, value]) =>
      args.map((arg) => {
        if (typeof arg !== 'object' || arg === null) return arg;
        const keys = Object.keys(arg);
        const key = keys[pick % Math.max(keys.length, 1)];
        return key === undefined ? arg : { ...arg, [key]: value };
      }),
    ),
  );
}

function argumentLists(method: ReaderMethod): fc.Arbitrary<unknown> {
  const valid = VALID_ARGS[method] ?? fc.constant([]);
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    { weight: 4, arbitrary: malform(valid) },
    // Not an argument list at all, or a list of anything.
    { weight: 1, arbitrary: anyValue },
    { weight: 3, arbitrary: fc.array(anyValue, { maxLength: 5 }) },
  );
}

/** Every file in the profile, by relative path, with its bytes. */
async function snapshotFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const path = join(dir, name);
    try {
      files[name] = (await readFile(path)).toString('base64');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
    }
  }
  return files;
}

/** What the services say is stored. */
async function storedState(dispatch: Dispatch) {
  return {
    settings: await dispatch('getSettings', []),
    positions: await dispatch('getReadingPositions', []),
  };
}

/** An accepted answer must be the kind of value the method promises. */
function checkAnswer(method: string, value: unknown): void {
  switch (method) {
    case 'getArticle':
      expect(ArticleSchema.safeParse(value).success).toBe(true);
      break;
    case 'getSettings':
    case 'updateSettings':
      expect(SettingsSchema.safeParse(value).success).toBe(true);
      break;
    case 'getLibrary':
      expect(LibraryPageSchema.safeParse(value).success).toBe(true);
      expect(value).toMatchObject({ collection: { articleCount: ARTICLES.length } });
      break;
    case 'search':
      expect(value).toMatchObject({ hits: expect.any(Array), total: expect.any(Number) });
      break;
    default:
      // Every answer crosses the process boundary by structured clone.
      expect(() => structuredClone(value)).not.toThrow();
  }
}

function checkError(method: unknown, envelope: Extract<Envelope, { ok: false }>): void {
  const { code, message } = envelope.error;
  expect(READER_ERROR_CODES).toContain(code);
  // 'internal' means a service threw something nobody expected: a bug.
  expect(code, `${fc.stringify(method)} failed unexpectedly: ${message}`).not.toBe('internal');
  expect(message.trim().length).toBeGreaterThan(0);
  expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  if (code === 'invalid-argument' && typeof method === 'string') {
    expect(message.startsWith(`${method}:`), message).toBe(true);
  }
}

let services: ReaderServices;
let dispatch: Dispatch;
let userDataDir: string;
let contentDir: string;
let contentBefore: Record<string, string>;
const internalErrors: string[] = [];
const figures = { calls: 0, accepted: 0, rejected: 0, throughIpc: 0 };
let appPage: FakeWebContents;

/**
 * A call as the renderer makes it: ipcRenderer.invoke(channel, ...args) from
 * the app's page, through the registered handler. What cannot be sent that
 * way (a method with no channel, arguments that are not a list) goes to
 * dispatch directly, which must cope with it too.
 */
async function send(method: unknown, args: unknown): Promise<Envelope> {
  if (isReaderMethod(method) && Array.isArray(args)) {
    figures.throughIpc += 1;
    const event = { sender: appPage, senderFrame: appPage.mainFrame, processId: 1, frameId: 1 };
    return (await ipcMain.invoke(channelOf(method), event, ...args)) as Envelope;
  }
  return dispatch(method, args);
}

beforeAll(async () => {
  contentDir = await writeCollection(ARTICLES);
  contentBefore = await snapshotFiles(contentDir);
  userDataDir = await makeTempDir('reader-fuzz-');
  services = await createReaderServices({ contentDir, userDataDir, log: () => undefined });
  dispatch = createDispatch(services.api, {
    onInternalError: (method, error) => internalErrors.push(`${method}: ${String(error)}`),
  });
  resetElectronFake();
  appPage = new FakeWebContents();
  appPage.mainFrame.url = 'app://reader/index.html';
  registerReaderIpc({ dispatch, ownsWebContents: (contents) => contents === (appPage as unknown) });
  // Some stored data to protect, and search loaded so queries reach the index.
  await services.api.updateSettings({ theme: 'sepia', fontSize: 22 });
  await services.api.saveReadingPosition('alliance', {
    blockId: 'alliance-b1',
    offset: 3,
    progress: 0.5,
  });
  await vi.waitFor(async () => {
    expect(await services.api.getSearchStatus()).toMatchObject({ state: 'ready' });
  });
});

afterAll(async () => {
  await services?.close();
  await rm(userDataDir, { recursive: true, force: true });
  await rm(contentDir, { recursive: true, force: true });
  console.info(
    `IPC fuzz: ${figures.calls} calls, ${figures.throughIpc} of them through the IPC handlers ` +
      `(${figures.accepted} accepted, ${figures.rejected} rejected with a clear error).`,
  );
});

async function callAndCheck(method: unknown, args: unknown): Promise<void> {
  const filesBefore = await snapshotFiles(userDataDir);
  const stateBefore = await storedState(dispatch);
  const envelope = await send(method, args);
  figures.calls += 1;
  if (envelope.ok) {
    figures.accepted += 1;
    checkAnswer(typeof method === 'string' ? method : '', envelope.value);
    return;
  }
  figures.rejected += 1;
  checkError(method, envelope);
  expect(await snapshotFiles(userDataDir)).toEqual(filesBefore);
  expect(await storedState(dispatch)).toEqual(stateBefore);
}

describe('cases the fuzzer found', () => {
  it('refuses a settings patch that names a setting with no value, keeping the setting', async () => {
    const before = await dispatch('getSettings', []);
    const refused = await dispatch('updateSettings', [{ theme: undefined }]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(refused.ok === false && refused.error.message).toMatch(/not set to undefined/);
    expect(await dispatch('getSettings', [])).toEqual(before);
  });
});

describe('the interface language', () => {
  it('is refused, keeping the setting, when no catalogue speaks it', async () => {
    const before = await dispatch('getSettings', []);
    const refused = await dispatch('updateSettings', [{ interfaceLanguage: 'fi' }]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(refused.ok === false && refused.error.message).toMatch(/interfaceLanguage/);
    expect(await dispatch('getSettings', [])).toEqual(before);
  });
});

describe('every API method, fed random and malformed arguments', () => {
  it.each(READER_METHODS)(
    '%s answers or refuses clearly, and a refusal changes nothing',
    async (method) => {
      await fc.assert(
        fc.asyncProperty(argumentLists(method), (args) => callAndCheck(method, args)),
        { numRuns: RUNS_PER_METHOD },
      );
      expect(internalErrors).toEqual([]);
    },
    120_000,
  );

  it('refuses methods that do not exist, whatever they are called', async () => {
    const names = fc.oneof(
      fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'getLibrary '),
      fc.string(),
      anyValue,
    );
    await fc.assert(
      fc.asyncProperty(
        names.filter((name) => !(READER_METHODS as unknown[]).includes(name)),
        fc.array(anyValue, { maxLength: 3 }),
        async (name, args) => {
          await callAndCheck(name, args);
          expect((await dispatch(name, args)).ok).toBe(false);
        },
      ),
      { numRuns: UNKNOWN_METHOD_RUNS },
    );
  });

  it('still serves the reader afterwards, from the same stored data', async () => {
    expect(figures.calls).toBeGreaterThanOrEqual(
      READER_METHODS.length * RUNS_PER_METHOD + UNKNOWN_METHOD_RUNS,
    );
    const library = await dispatch('getLibrary', []);
    expect(library).toMatchObject({ ok: true, value: { collection: { articleCount: 2 } } });
    const settings = await dispatch('getSettings', []);
    expect(settings.ok && SettingsSchema.parse(settings.value)).toBeTruthy();
    // The collection itself is read-only to the API.
    expect(await snapshotFiles(contentDir)).toEqual(contentBefore);
  });
});
