import { describe, expect, it } from 'vitest';
import type { Block } from '../../../common/model';
import { firstPartCount, groupBlocks } from '../../../renderer/src/lib/article-parts';

const paragraph = (id: string): Block => ({ id, kind: 'paragraph', text: `Text of ${id}.` });
const item = (id: string): Block => ({ id, kind: 'list-item', text: `Item ${id}.` });

describe('groupBlocks', () => {
  it('makes one list of consecutive list items and keeps every other block alone, in order', () => {
    const parts = groupBlocks([paragraph('a'), item('b'), item('c'), paragraph('d'), item('e')]);
    expect(parts.map((p) => (p.kind === 'list' ? p.items.map((i) => i.id) : p.block.id))).toEqual([
      'a',
      ['b', 'c'],
      'd',
      ['e'],
    ]);
  });
});

describe('firstPartCount (what is rendered before the first paint)', () => {
  const parts = groupBlocks([
    ...Array.from({ length: 100 }, (_, i) => paragraph(`p${i}`)),
    item('i0'),
    item('i1'),
    ...Array.from({ length: 100 }, (_, i) => paragraph(`q${i}`)),
  ]);

  it('is a screenful from the top when the article opens at its start', () => {
    expect(firstPartCount(parts, undefined, 10)).toBe(10);
    expect(firstPartCount(parts, 'p0', 10)).toBe(10);
  });

  it('reaches past the block the article opens at, deep in the text or inside a list', () => {
    expect(firstPartCount(parts, 'q50', 10)).toBe(151 + 10);
    // Part 100 is the list holding i0 and i1.
    expect(firstPartCount(parts, 'i1', 10)).toBe(100 + 10);
  });

  it('never goes past the end, and treats a block that is not there as the top', () => {
    expect(firstPartCount(parts, 'q99', 10)).toBe(parts.length);
    expect(firstPartCount(parts, 'gone', 10)).toBe(10);
    expect(firstPartCount([], undefined, 10)).toBe(0);
  });
});
