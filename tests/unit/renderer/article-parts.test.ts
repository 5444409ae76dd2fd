import { describe, expect, it } from 'vitest';
import type { Block } from '../../../common/model';
import {
  chunkParts,
  firstPartCount,
  groupBlocks,
  nextFillStep,
  type FillPace,
} from '../../../renderer/src/lib/article-parts';

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

describe('chunkParts', () => {
  it('cuts the parts into runs of a size, in order, the last one shorter', () => {
    const parts = groupBlocks(Array.from({ length: 45 }, (_, i) => paragraph(`p${i}`)));
    const chunks = chunkParts(parts, 20);
    expect(chunks.map((c) => c.length)).toEqual([20, 20, 5]);
    expect(chunks.flat()).toEqual(parts);
    expect(chunkParts([], 20)).toEqual([]);
  });
});

describe('nextFillStep (how much each later step of filling in adds)', () => {
  const pace: FillPace = { first: 4, budgetMs: 10, min: 1, max: 20 };

  it('starts with a fixed step before any step has been timed', () => {
    expect(nextFillStep(0, 0, pace)).toBe(4);
    expect(nextFillStep(4, Number.NaN, pace)).toBe(4);
  });

  it('fits the next step to the budget at the pace of the last one', () => {
    // 4 chunks in 20 ms: 2 fit in 10 ms; 4 in 4 ms: 10 fit.
    expect(nextFillStep(4, 20, pace)).toBe(2);
    expect(nextFillStep(4, 4, pace)).toBe(10);
  });

  it('stays within its bounds on a very slow or very fast machine', () => {
    expect(nextFillStep(4, 2000, pace)).toBe(1);
    expect(nextFillStep(4, 0.1, pace)).toBe(20);
  });
});
