import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLLECTION_FORMAT,
  COLLECTION_VERSION,
  type Manifest,
} from '../../../../common/collection';
import { LibraryPageSchema, type LibraryQuery } from '../../../../common/library';
import type { ArticleSummary } from '../../../../common/model';
import {
  buildLibraryIndex,
  foldForMatching,
  type ReadingTimes,
} from '../../../../main/library/library-index';

function summary(id: string, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    title: id,
    language: 'en',
    tags: [],
    summary: `About ${id}.`,
    wordCount: 100,
    readingMinutes: 1,
    contentHash: `hash-${id}`,
    sourceUrl: `https://example.org/${id}`,
    ...overrides,
  };
}

function manifestOf(articles: ArticleSummary[]): Manifest {
  return {
    format: COLLECTION_FORMAT,
    version: COLLECTION_VERSION,
    title: 'Test library',
    builtAt: '2026-01-01T00:00:00.000Z',
    contentHash: 'collection-hash',
    wordCount: articles.reduce((n, a) => n + a.wordCount, 0),
    articles,
  };
}

const ARTICLES = [
  summary('b', {
    title: 'Émile and the tea trade',
    tags: ['history', 'tea'],
    readingMinutes: 9,
    published: '2020-01-01',
  }),
  summary('a', { title: 'Chapter 10', tags: ['tea'], readingMinutes: 3 }),
  summary('c', {
    title: 'Chapter 9',
    byline: 'Ada Lovelace',
    source: 'The Analyst',
    readingMinutes: 3,
    published: '2024-06-01',
  }),
];
const NO_READING: ReadingTimes = {};

function ids(query: LibraryQuery, readingTimes = NO_READING, articles = ARTICLES): string[] {
  return buildLibraryIndex(manifestOf(articles))
    .query(query, readingTimes)
    .entries.map((entry) => entry.id);
}

describe('the library list entries', () => {
  it('carry what a card shows and its language, and nothing else (no URL, word count or hash)', () => {
    const page = buildLibraryIndex(manifestOf(ARTICLES)).query({ sort: 'title' }, NO_READING);
    expect(page.entries[0]).toEqual({
      id: 'c',
      title: 'Chapter 9',
      language: 'en',
      byline: 'Ada Lovelace',
      source: 'The Analyst',
      published: '2024-06-01',
      tags: [],
      summary: 'About c.',
      readingMinutes: 3,
    });
    // A field the article lacks is absent, not undefined.
    expect(Object.keys(page.entries[1]!)).not.toContain('byline');
    expect(LibraryPageSchema.safeParse(page).success).toBe(true);
  });

  it('describe the collection and count its tags, most used first', () => {
    const page = buildLibraryIndex(manifestOf(ARTICLES)).query({}, NO_READING);
    expect(page.collection).toEqual({
      title: 'Test library',
      articleCount: 3,
      wordCount: 300,
      builtAt: '2026-01-01T00:00:00.000Z',
      contentHash: 'collection-hash',
    });
    expect(page.tags).toEqual([
      { tag: 'tea', count: 2 },
      { tag: 'history', count: 1 },
    ]);
  });
});

describe('the library filter', () => {
  it('folds accents and case', () => {
    expect(foldForMatching('Émile ÇA')).toBe('emile ca');
    expect(foldForMatching('Plain ASCII, Mixed Case')).toBe('plain ascii, mixed case');
  });

  it('folds plain text exactly as the full folding would', () => {
    const fullFolding = (text: string) =>
      text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldForMatching(text)).toBe(fullFolding(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('needs every word of the filter, in any field the card shows, and the chosen tag', () => {
    expect(ids({ text: 'emile tea' })).toEqual(['b']);
    expect(ids({ text: 'LOVELACE' })).toEqual(['c']);
    expect(ids({ text: 'analyst' })).toEqual(['c']);
    expect(ids({ text: 'chapter', tag: 'tea' })).toEqual(['a']);
    expect(ids({ text: '   ' })).toEqual(['c', 'a', 'b']);
    expect(ids({ text: 'coffee' })).toEqual([]);
    expect(ids({ tag: 'no-such-tag' })).toEqual([]);
    // What the card does not show is not searched: the URL is not a field.
    expect(ids({ text: 'example.org' })).toEqual([]);
  });

  it('folds ahead in steps, and a filter before the last step still looks through every article', () => {
    const many = Array.from({ length: 120 }, (_, i) => summary(`a-${i}`, { title: `Émigré ${i}` }));
    const stepped = buildLibraryIndex(manifestOf(many));
    expect([
      stepped.prepareFilter(50),
      stepped.prepareFilter(50),
      stepped.prepareFilter(50),
    ]).toEqual([false, false, true]);
    expect(stepped.query({ text: 'emigre 119' }, NO_READING).total).toBe(1);

    const early = buildLibraryIndex(manifestOf(many));
    expect(early.prepareFilter(10)).toBe(false);
    expect(early.query({ text: 'emigre 119' }, NO_READING).entries.map((e) => e.id)).toEqual([
      'a-119',
    ]);
    expect(early.prepareFilter(10)).toBe(true);
  });

  it('answers a filter typed on, or erased, exactly as a fresh index would', () => {
    // Titles and summaries from a small alphabet, so filters overlap and narrow often.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' '), maxLength: 8 });
    const query = fc.record({
      text,
      tag: fc.constantFrom(null, 'x', 'y'),
      language: fc.constantFrom(null, 'en', 'it'),
      sort: fc.constantFrom('title' as const, 'reading-time' as const),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: text,
            summary: text,
            tags: fc.subarray(['x', 'y']),
            language: fc.constantFrom('en', 'it'),
          }),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        fc.array(query, { minLength: 1, maxLength: 12 }),
        (articles, queries) => {
          const manifest = manifestOf(
            articles.map((a, i) =>
              summary(`a-${i}`, { ...a, title: a.title || 'untitled', readingMinutes: i % 3 }),
            ),
          );
          const typedInto = buildLibraryIndex(manifest);
          for (const q of queries) {
            const fresh = buildLibraryIndex(manifest).query({ ...q, limit: 200 }, NO_READING);
            expect(typedInto.query({ ...q, limit: 200 }, NO_READING)).toEqual(fresh);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds articles anywhere in a large collection, not only in the first page', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      summary(`article-${String(i).padStart(4, '0')}`, {
        tags: [`subject-${i % 7}`],
        summary: i === 4321 ? 'The one about the zebra.' : 'An ordinary article.',
      }),
    );
    const index = buildLibraryIndex(manifestOf(many));
    const page = index.query({ text: 'zebra', limit: 10 }, NO_READING);
    expect(page.total).toBe(1);
    expect(page.entries.map((e) => e.id)).toEqual(['article-4321']);
    const tagged = index.query({ tag: 'subject-3', offset: 700, limit: 50 }, NO_READING);
    expect(tagged.total).toBe(714);
    expect(tagged.entries).toHaveLength(14);
    expect(tagged.entries.every((e) => e.tags.includes('subject-3'))).toBe(true);
  });
});

describe('the language filter', () => {
  const MIXED = [
    ...ARTICLES,
    summary('d', { title: 'Il tè e il commercio', language: 'it', tags: ['tea'] }),
    summary('e', { title: '茶叶贸易', language: 'zh-Hans', tags: ['tea'] }),
    summary('f', { title: '茶葉貿易', language: 'zh-Hant' }),
    summary('g', { title: 'Storia del tè', language: 'it' }),
  ];

  it('counts the languages, most written first, then by tag', () => {
    const page = buildLibraryIndex(manifestOf(MIXED)).query({}, NO_READING);
    expect(page.languages).toEqual([
      { language: 'en', count: 3 },
      { language: 'it', count: 2 },
      { language: 'zh-Hans', count: 1 },
      { language: 'zh-Hant', count: 1 },
    ]);
  });

  it('lists only the articles in the chosen language, with the tag and words chosen too', () => {
    expect(ids({ language: 'it' }, NO_READING, MIXED)).toEqual(['d', 'g']);
    expect(ids({ language: 'it', tag: 'tea' }, NO_READING, MIXED)).toEqual(['d']);
    expect(ids({ language: 'it', text: 'storia' }, NO_READING, MIXED)).toEqual(['g']);
    // Chinese in traditional characters is not Chinese in simplified ones.
    expect(ids({ language: 'zh-Hans' }, NO_READING, MIXED)).toEqual(['e']);
    expect(ids({ language: 'fr' }, NO_READING, MIXED)).toEqual([]);
    expect(ids({ language: null }, NO_READING, MIXED)).toHaveLength(MIXED.length);
  });

  it('gives the total of the language, and pages through it alone', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      summary(`a-${String(i).padStart(3, '0')}`, { language: i % 3 === 0 ? 'it' : 'en' }),
    );
    const index = buildLibraryIndex(manifestOf(many));
    const second = index.query({ language: 'it', offset: 50, limit: 50 }, NO_READING);
    expect(second.total).toBe(100);
    expect(second.entries).toHaveLength(50);
    expect(second.entries.every((entry) => entry.language === 'it')).toBe(true);
    // The counts are the collection's, whatever the filter.
    expect(second.languages).toEqual([
      { language: 'en', count: 200 },
      { language: 'it', count: 100 },
    ]);
  });
});

describe('the library order', () => {
  it('sorts titles with numbers as a person would', () => {
    expect(ids({ sort: 'title' })).toEqual(['c', 'a', 'b']);
  });

  it('puts the newest first and undated articles last', () => {
    expect(ids({ sort: 'published' })).toEqual(['c', 'b', 'a']);
  });

  it('puts the shortest first, then by title', () => {
    expect(ids({ sort: 'reading-time' })).toEqual(['c', 'a', 'b']);
  });

  it('puts the most recently read first, then the rest by title', () => {
    const times = {
      b: { updatedAt: '2026-01-02T00:00:00.000Z' },
      a: { updatedAt: '2026-01-03T00:00:00.000Z' },
      // A place kept for an article no longer in the collection changes nothing.
      gone: { updatedAt: '2026-01-04T00:00:00.000Z' },
    };
    expect(ids({ sort: 'recent' }, times)).toEqual(['a', 'b', 'c']);
  });

  it('answers the recently read order afresh when the reading places change', () => {
    const index = buildLibraryIndex(manifestOf(ARTICLES));
    const first = { c: { updatedAt: '2026-01-01T00:00:00.000Z' } };
    expect(index.query({ sort: 'recent' }, first).entries[0]?.id).toBe('c');
    const later = { ...first, b: { updatedAt: '2026-02-01T00:00:00.000Z' } };
    expect(index.query({ sort: 'recent' }, later).entries[0]?.id).toBe('b');
  });
});

describe('library pages', () => {
  const many = Array.from({ length: 120 }, (_, i) =>
    summary(`a-${String(i).padStart(3, '0')}`, { title: `Article ${i + 1}` }),
  );
  const index = buildLibraryIndex(manifestOf(many));

  it('are slices of one order that together hold every article once', () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 120; offset += 50) {
      const page = index.query({ offset, limit: 50 }, NO_READING);
      expect(page.total).toBe(120);
      expect(page.offset).toBe(offset);
      seen.push(...page.entries.map((e) => e.id));
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen[0]).toBe('a-000');
    expect(seen.at(-1)).toBe('a-119');
  });

  it('hold fifty entries unless the query says, and none past the end', () => {
    expect(index.query({}, NO_READING).entries).toHaveLength(50);
    expect(index.query({ offset: 110, limit: 50 }, NO_READING).entries).toHaveLength(10);
    const past = index.query({ offset: 500 }, NO_READING);
    expect(past.entries).toEqual([]);
    expect(past.total).toBe(120);
  });

  it('say where an article is in the order, or that the filter leaves it out', () => {
    expect(index.query({ locate: 'a-099' }, NO_READING).located).toBe(99);
    expect(index.query({ locate: 'a-099', text: 'article 100' }, NO_READING).located).toBe(0);
    expect(index.query({ locate: 'a-099', text: 'article 5' }, NO_READING).located).toBeNull();
    expect(index.query({ locate: 'not-here' }, NO_READING).located).toBeNull();
    expect(index.query({}, NO_READING)).not.toHaveProperty('located');
  });
});
