// The sorted term array stands in for Lunr's TokenSet: for any query
// automaton it must accept exactly the terms Lunr's own TokenSet accepts.
import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { TermDictionary } from '../../../../main/search/term-dictionary';

/** Lunr's TokenSet constructors, which @types/lunr does not declare. */
const TokenSet = lunr.TokenSet as unknown as {
  fromArray(terms: string[]): lunr.TokenSet;
  fromString(term: string): lunr.TokenSet;
  fromFuzzyString(term: string, editDistance: number): lunr.TokenSet;
};

const word = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', 'd', 'é'),
  minLength: 1,
  maxLength: 6,
});

function lunrAnswer(terms: string[], clause: lunr.TokenSet): string[] {
  return TokenSet.fromArray([...terms].sort())
    .intersect(clause)
    .toArray()
    .sort();
}

describe('the term dictionary', () => {
  it('accepts what Lunr accepts: exact terms, trailing wildcards and one edit', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, (terms, typed) => {
        const dictionary = new TermDictionary([...terms].sort());
        const clauses = [
          TokenSet.fromString(typed),
          TokenSet.fromString(`${typed}*`),
          TokenSet.fromFuzzyString(typed, 1),
        ];
        for (const clause of clauses) {
          expect(dictionary.intersect(clause).toArray().sort()).toEqual(lunrAnswer(terms, clause));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds ranks and prefix ranges', () => {
    const dictionary = new TermDictionary(['barn', 'barns', 'bat', 'cat']);
    expect(dictionary.rankOf('bat')).toBe(2);
    expect(dictionary.rankOf('ba')).toBe(-1);
    expect(dictionary.prefixRange('bar')).toEqual([0, 2]);
    expect(dictionary.prefixRange('z')).toEqual([4, 4]);
  });
});
