// Phrases are checked in the text, word by word, only where the phrase
// could start: every occurrence must still be found and marked, and a near
// miss that merely looks like the phrase must not count.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../common/model';
import { findAllMatches, findPassages, prepareText } from '../../../../main/search/passages';

const blocks = (...texts: string[]): Block[] =>
  texts.map((text, i) => ({ id: `b${i}`, kind: 'paragraph', text }));
const phrase = (...words: string[]) => ({
  stems: new Set<string>(),
  phrases: [words],
  excludedPhrases: 0,
});
const marked = (text: string, ranges: { start: number; end: number }[]) =>
  ranges.map((r) => text.slice(r.start, r.end));

describe('phrases in the text', () => {
  it('marks every occurrence, word forms included', () => {
    const text = 'Take the Spin Lock first; spin locks nest. Never spin  lock twice.';
    const matches = findAllMatches(prepareText(blocks(text)), phrase('spin', 'lock'));
    expect(marked(text, matches)).toEqual(['Spin Lock', 'spin locks', 'spin  lock']);
  });

  it('finds occurrences that overlap', () => {
    const text = 'lock lock lock';
    const matches = findAllMatches(prepareText(blocks(text)), phrase('lock', 'lock'));
    expect(marked(text, matches)).toEqual(['lock lock lock']);
  });

  it('does not take an identifier that starts like the phrase for it', () => {
    const text = 'Call spin_lock(&lock) and spinning lockers, or spin_unlock.';
    const scan = findPassages(prepareText(blocks(text)), phrase('spin', 'lock'));
    expect(scan.phrasesFound).toEqual([false]);
    expect(scan.passages).toEqual([]);
  });

  it('finds a phrase after a near miss in the same block', () => {
    const text = 'spin_lock(&lock) is how you take a spin lock.';
    const matches = findAllMatches(prepareText(blocks(text)), phrase('spin', 'lock'));
    expect(marked(text, matches)).toEqual(['spin lock']);
  });

  it('only reports a phrase to avoid, without marking it', () => {
    const text = 'A page fault, then another page faults.';
    const scan = findPassages(prepareText(blocks(text)), {
      stems: new Set(['anoth']),
      phrases: [['page', 'fault']],
      excludedPhrases: 1,
    });
    expect(scan.phrasesFound).toEqual([true]);
    expect(scan.passages.map((p) => marked(p.snippet, p.ranges))).toEqual([['another']]);
  });
});
