import { describe, expect, it } from 'vitest';
import { readerContract } from '../../../common/api';
import { createClient } from '../../../common/client';
import { createDispatch } from '../../../common/dispatch';
import {
  LIBRARY_PAGE_MAX,
  LibraryPageSchema,
  LibraryQuerySchema,
  type LibraryPage,
} from '../../../common/library';
import type { ReaderApi } from '../../../common/api';

const PAGE: LibraryPage = {
  collection: {
    title: 'Library',
    articleCount: 2,
    wordCount: 10,
    builtAt: '2026-01-01T00:00:00.000Z',
    contentHash: 'h',
  },
  tags: [{ tag: 'tea', count: 1 }],
  languages: [
    { language: 'en', count: 1 },
    { language: 'it', count: 1 },
  ],
  sort: 'title',
  total: 2,
  offset: 0,
  entries: [
    { id: 'a', title: 'A', language: 'en', tags: ['tea'], summary: 'About A.', readingMinutes: 1 },
    {
      id: 'b',
      title: 'B',
      language: 'it',
      byline: 'Ada',
      tags: [],
      summary: '',
      readingMinutes: 2,
    },
  ],
};

describe('the library query the page sends', () => {
  it('may be left out, or name any part of it', () => {
    const args = readerContract.getLibrary.args;
    expect(args.safeParse([]).success).toBe(true);
    expect(args.safeParse([{}]).success).toBe(true);
    expect(
      args.safeParse([
        {
          text: 'spin lock',
          tag: 'locking',
          language: 'zh-Hans',
          sort: 'recent',
          offset: 100,
          limit: 50,
          locate: 'a-1',
        },
      ]).success,
    ).toBe(true);
    expect(args.safeParse([{ tag: null }]).success).toBe(true);
    expect(args.safeParse([{ language: null }]).success).toBe(true);
  });

  it.each([
    ['a page of nothing', { limit: 0 }],
    ['a page over the most an answer may hold', { limit: LIBRARY_PAGE_MAX + 1 }],
    ['a place before the start', { offset: -1 }],
    ['a fractional place', { offset: 1.5 }],
    ['an order that does not exist', { sort: 'random' }],
    ['an article id that cannot be one', { locate: '../etc/passwd' }],
    ['an empty tag', { tag: '' }],
    ['an empty language', { language: '' }],
    ['a language longer than any tag', { language: 'x'.repeat(36) }],
    ['a filter longer than anyone types', { text: 'x'.repeat(501) }],
    ['a field the contract does not have', { everything: true }],
  ])('refuses %s', (_name, query) => {
    expect(LibraryQuerySchema.safeParse(query).success).toBe(false);
  });

  it('is refused by dispatch with the argument named, before the service is called', async () => {
    let called = false;
    const dispatch = createDispatch({
      getLibrary: async () => {
        called = true;
        return PAGE;
      },
    } as unknown as ReaderApi);
    const answer = await dispatch('getLibrary', [{ limit: 10_000 }]);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(answer.ok === false && answer.error.message).toMatch(
      /^getLibrary: argument 1 \(limit\)/,
    );
    expect(called).toBe(false);
  });
});

describe('the library page the main process answers', () => {
  it('is checked on arrival and passed on as it came', async () => {
    const client = createClient(async () => ({ ok: true, value: PAGE }));
    await expect(client.getLibrary()).resolves.toEqual(PAGE);
  });

  it('may be empty past the end (found by the IPC fuzz test: offset 3 of 2)', () => {
    expect(LibraryPageSchema.safeParse({ ...PAGE, offset: 3, entries: [] }).success).toBe(true);
  });

  it.each([
    [
      'an entry with the whole summary record (a field the list does not use)',
      {
        ...PAGE,
        entries: [{ ...PAGE.entries[0]!, contentHash: 'x' }],
      },
    ],
    ['an entry without a title', { ...PAGE, entries: [{ ...PAGE.entries[0]!, title: '' }] }],
    ['entries past the total', { ...PAGE, total: 1 }],
    ['no order', { ...PAGE, sort: undefined }],
    [
      'more entries than a page may hold',
      {
        ...PAGE,
        total: LIBRARY_PAGE_MAX + 1,
        entries: Array.from({ length: LIBRARY_PAGE_MAX + 1 }, () => PAGE.entries[0]!),
      },
    ],
    ['the old whole-manifest shape', { collection: PAGE.collection, articles: PAGE.entries }],
  ])('is refused when it holds %s, with where it is wrong', async (_name, value) => {
    expect(LibraryPageSchema.safeParse(value).success).toBe(false);
    const client = createClient(async () => ({ ok: true, value }));
    await expect(client.getLibrary()).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/^getLibrary answered with something the app cannot read/),
    });
  });

  it('leaves the answers of other methods as they are', async () => {
    const client = createClient(async () => ({ ok: true, value: 'anything' }));
    await expect(client.getSettings()).resolves.toBe('anything');
  });
});
