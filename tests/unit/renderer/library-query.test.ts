import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../common/model';
import {
  countTags,
  filterArticles,
  filterableText,
  foldForMatching,
  sortArticles,
} from '../../../renderer/src/lib/library-query';

function summary(id: string, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    title: id,
    tags: [],
    wordCount: 100,
    readingMinutes: 1,
    contentHash: `hash-${id}`,
    ...overrides,
  } as ArticleSummary;
}

const articles = [
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
    readingMinutes: 3,
    published: '2024-06-01',
  }),
];

describe('the library filter and sort', () => {
  it('folds accents and case', () => {
    expect(foldForMatching('Émile ÇA')).toBe('emile ca');
  });

  it('needs every word of the filter, in any field, and the chosen tag', () => {
    const ids = (text: string, tag: string | null = null) =>
      filterArticles(articles, filterableText, { text, tag }).map((a) => a.id);
    expect(ids('emile tea')).toEqual(['b']);
    expect(ids('lovelace')).toEqual(['c']);
    expect(ids('chapter', 'tea')).toEqual(['a']);
    expect(ids('')).toEqual(['b', 'a', 'c']);
    expect(ids('coffee')).toEqual([]);
  });

  it('sorts titles with numbers as a person would', () => {
    expect(sortArticles(articles, 'title', {}).map((a) => a.title)).toEqual([
      'Chapter 9',
      'Chapter 10',
      'Émile and the tea trade',
    ]);
  });

  it('puts the newest first and undated articles last', () => {
    expect(sortArticles(articles, 'published', {}).map((a) => a.id)).toEqual(['c', 'b', 'a']);
  });

  it('puts the most recently read first, then the rest by title', () => {
    const positions = {
      b: { blockId: 'x', offset: 0, progress: 0.5, updatedAt: '2026-01-02T00:00:00.000Z' },
    };
    expect(sortArticles(articles, 'recent', positions as never).map((a) => a.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  it('counts tags, most used first', () => {
    expect(countTags(articles)).toEqual([
      { tag: 'tea', count: 2 },
      { tag: 'history', count: 1 },
    ]);
  });
});
