import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../main/search/build-index';
import { parseQuery } from '../../main/search/query';
import { SearchEngine } from '../../main/search/search-engine';
import { article } from './helpers/collection-fixture';

const articles = [
  article('alliance', 'A Dangerous Alliance', ['Troops are stationed in the Kursk region.']),
  article('cost', 'The Human Cost', ['Casualty rates are soaring on the Russian side.']),
];
const engine = SearchEngine.load(
  buildSearchIndex(articles, 'h').index,
  new Map(articles.map((a) => [a.id, a.title])),
);

describe('search queries', () => {
  it('never throws, whatever is typed', () => {
    const nasty = [
      'php:',
      '~',
      '*',
      '"',
      '-',
      'title:',
      '^',
      '+',
      ':',
      '🙂🙃',
      'a'.repeat(2000),
      '\u0000',
      'kursk~2',
      'ti*tle',
    ];
    for (const q of nasty) expect(() => engine.search(q), q).not.toThrow();
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (q) => {
        const results = engine.search(q);
        expect(results.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds whole words and the word being typed as a prefix', () => {
    expect(engine.search('kursk').hits.map((h) => h.articleId)).toEqual(['alliance']);
    expect(engine.search('casua').hits.map((h) => h.articleId)).toEqual(['cost']);
    expect(engine.search('casualty rates').hits[0]?.title).toBe('The Human Cost');
  });

  it('parses words case-insensitively, once each', () => {
    expect(parseQuery('Kursk kursk REGION')).toEqual({
      terms: ['kursk', 'region'],
      prefix: 'region',
    });
    expect(parseQuery('troops ').prefix).toBeUndefined();
  });
});
