import { describe, expect, it } from 'vitest';
import { ArticleIdSchema, tableOfContents } from '../../../common/model';
import {
  countWords,
  normalizeCode,
  normalizeProse,
  readingMinutes,
  summarize,
} from '../../../common/text';

describe('whitespace policy', () => {
  it('collapses every kind of whitespace in prose to single spaces and composes to NFC', () => {
    expect(normalizeProse('  A\u00a0grim\n\thomecoming\u2003awaits  ')).toBe(
      'A grim homecoming awaits',
    );
    const decomposed = 'Cafe\u0301';
    expect(normalizeProse(decomposed)).toBe('Café');
    expect(normalizeProse(decomposed).length).toBe(4);
  });

  it('keeps the lines and indentation of code but not trailing spaces', () => {
    expect(normalizeCode('\r\n  if (x) {\r\n    y();   \r\n  }\r\n\r\n')).toBe(
      '  if (x) {\n    y();\n  }',
    );
  });
});

describe('word counts and reading time', () => {
  it('counts words, keeping contractions and hyphenated words whole', () => {
    expect(countWords('There’s another reason — Kim’s well-known rule, 10,000 troops.')).toBe(8);
    expect(countWords('')).toBe(0);
  });

  it('rounds reading time to whole minutes, at least one for any text', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(12)).toBe(1);
    expect(readingMinutes(560)).toBe(2);
    expect(readingMinutes(2300)).toBe(10);
  });

  it('summarises at a word boundary with an ellipsis', () => {
    const s = summarize('word '.repeat(100), 40);
    expect(s.endsWith('word…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(41);
    expect(summarize('Short text.')).toBe('Short text.');
  });
});

describe('article model', () => {
  it('accepts tame ids and refuses ids that could escape a folder', () => {
    expect(ArticleIdSchema.safeParse('north-korea-2024').success).toBe(true);
    for (const bad of ['../x', 'a/b', 'A', '', '-lead', 'x'.repeat(121), 'con.json']) {
      expect(ArticleIdSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('builds the table of contents from headings in order', () => {
    const toc = tableOfContents({
      blocks: [
        { id: 'p1', kind: 'paragraph', text: 'Intro' },
        { id: 'h1', kind: 'heading', level: 2, text: 'First' },
        { id: 'p2', kind: 'paragraph', text: 'Body' },
        { id: 'h2', kind: 'heading', level: 3, text: 'Second' },
      ],
    });
    expect(toc).toEqual([
      { blockId: 'h1', level: 2, text: 'First' },
      { blockId: 'h2', level: 3, text: 'Second' },
    ]);
  });
});
