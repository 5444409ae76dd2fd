// Whatever is typed becomes a query without an exception: the query is built
// in code from the words, never handed to Lunr's query parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../main/search/query';
import { article } from '../../../support/collection-fixture';
import { engineFor } from '../../../support/search-fixture';

const engine = engineFor([
  article('alliance', 'A Dangerous Alliance', ['Troops are stationed in the Kursk region.'], {
    tags: ['war'],
  }),
  article('cost', 'The Human Cost', ['Casualty rates are soaring on the Russian side.']),
]);

describe('query building', () => {
  it('never throws, whatever is typed', () => {
    const nasty = [
      'php:',
      '~',
      '*',
      '"',
      '-',
      '--',
      '- -"',
      'title:',
      'tag:',
      'tag:"',
      'title:"',
      '-title:kursk',
      '^',
      '+',
      ':',
      '🙂🙃',
      'a'.repeat(2000),
      'kursk '.repeat(400),
      '\u0000',
      'kursk~2',
      'ti*tle',
      'kursk^10 +troops -"',
      '"unterminated phrase',
      '\ud800',
    ];
    for (const q of nasty) {
      expect(() => engine.search(q), q).not.toThrow();
      expect(() => engine.searchInArticle('alliance', q), q).not.toThrow();
    }
  });

  it('never throws for any string at all (property)', () => {
    const pieces = fc.oneof(
      fc.string({ maxLength: 40, unit: 'binary' }),
      fc.constantFrom(
        '"',
        '-',
        'title:',
        'tag:',
        '*',
        '~',
        '^',
        ':',
        ' ',
        'kursk',
        'casualty',
        'rat',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
        (q) => {
          const results = engine.search(q);
          expect(results.total).toBeGreaterThanOrEqual(results.hits.length);
          engine.searchInArticle('cost', q);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('reads words, phrases, exclusions and filters', () => {
    expect(parseQuery('Kursk kursk REGION')).toMatchObject({
      words: ['kursk', 'region'],
      prefix: 'region',
    });
    expect(parseQuery('troops ').prefix).toBeUndefined();
    expect(parseQuery('"casualty rates" -russian -"red army" title:human tag:War')).toEqual({
      words: [],
      phrases: [['casualty', 'rates']],
      excludedWords: ['russian'],
      excludedPhrases: [['red', 'army']],
      titleWords: ['human'],
      tags: ['war'],
    });
    // Anything else with a colon is just its words.
    expect(parseQuery('php: notes').words).toEqual(['php', 'notes']);
    // A phrase still being typed is a phrase already.
    expect(parseQuery('"casualty ra').phrases).toEqual([['casualty', 'ra']]);
  });
});
