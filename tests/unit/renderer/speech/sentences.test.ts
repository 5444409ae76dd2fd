import { describe, expect, it } from 'vitest';
import {
  MAX_SENTENCE_LENGTH,
  cutSentences,
  sentenceSegmenter,
} from '../../../../renderer/src/speech/sentences';

const english = sentenceSegmenter('en');
const texts = (text: string, segmenter = english) =>
  cutSentences(text, segmenter).map(({ start, end }) => text.slice(start, end));

describe('cutting block text into sentences', () => {
  it('gives each sentence as offsets into the block text, without the spaces around it', () => {
    const text = '  The first one. The second!  And a third?  ';
    const spans = cutSentences(text, english);
    expect(spans).toEqual([
      { start: 2, end: 16 },
      { start: 17, end: 28 },
      { start: 30, end: 42 },
    ]);
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual([
      'The first one.',
      'The second!',
      'And a third?',
    ]);
  });

  it('keeps a quotation and its closing mark with the sentence', () => {
    expect(texts('“It would be dangerous,” Giles said. He suggested more.')).toEqual([
      '“It would be dangerous,” Giles said.',
      'He suggested more.',
    ]);
  });

  it('does not end a sentence at a title before a name', () => {
    expect(texts('Mr. Kim met Dr. Giles at noon. Then they left.')).toEqual([
      'Mr. Kim met Dr. Giles at noon.',
      'Then they left.',
    ]);
  });

  it('leaves out runs with nothing to say', () => {
    expect(texts('* * *')).toEqual([]);
    expect(texts('First.\n* * *\nSecond.')).toEqual(['First.', 'Second.']);
    expect(texts('   ')).toEqual([]);
    expect(texts('— — —')).toEqual([]);
  });

  it('cuts a sentence longer than the limit at a pause, never in a word', () => {
    const clause = 'the quick brown fox jumps over the lazy dog, ';
    const text = `${clause.repeat(20)}and stops.`;
    const spans = cutSentences(text, english);
    expect(spans.length).toBeGreaterThan(1);
    for (const span of spans) {
      expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(text.slice(span.start, span.end)).toMatch(/^\S.*\S$/s);
      // Each piece ends at a comma or at the sentence's end.
      expect(text.slice(span.start, span.end)).toMatch(/[,.]$/);
    }
    // Nothing is lost: the pieces cover every word, in order.
    expect(spans.map(({ start, end }) => text.slice(start, end)).join(' ')).toBe(text);
  });

  it('cuts text with no pause and no space where it must', () => {
    const text = 'x'.repeat(MAX_SENTENCE_LENGTH * 2 + 10);
    const spans = cutSentences(text, english);
    expect(spans.map((s) => s.end - s.start)).toEqual([
      MAX_SENTENCE_LENGTH,
      MAX_SENTENCE_LENGTH,
      10,
    ]);
  });

  it("uses the article's language, and the default rules for a tag ICU cannot read", () => {
    expect(texts('Erster Satz. Zweiter Satz.', sentenceSegmenter('de'))).toEqual([
      'Erster Satz.',
      'Zweiter Satz.',
    ]);
    expect(texts('One. Two.', sentenceSegmenter('not a language tag!'))).toEqual(['One.', 'Two.']);
    expect(texts('One. Two.', sentenceSegmenter(''))).toEqual(['One.', 'Two.']);
  });

  it('cuts Japanese at its full stops', () => {
    expect(texts('今日は晴れです。明日は雨です。', sentenceSegmenter('ja'))).toEqual([
      '今日は晴れです。',
      '明日は雨です。',
    ]);
  });
});
