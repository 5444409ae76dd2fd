import { describe, expect, it } from 'vitest';
import type { Block, Container } from '../../../common/model';
import {
  chunkParts,
  firstChunkCount,
  footnotesById,
  groupBlocks,
  nextFillStep,
  tableNumbers,
  type BodyPart,
  type FillPace,
} from '../../../renderer/src/lib/article-parts';

const paragraph = (id: string, within?: Container[]): Block => ({
  id,
  kind: 'paragraph',
  text: `Text of ${id}.`,
  ...(within && { within }),
});
const item = (id: string): Block => ({ id, kind: 'list-item', text: `Item ${id}.` });

/** Each part as its block id, its items' ids, or the container type and id. */
const describeParts = (parts: BodyPart[]) =>
  parts.map((p) =>
    p.kind === 'block'
      ? p.block.id
      : p.kind === 'list'
        ? p.items.map((i) => i.id)
        : p.kind === 'container'
          ? `${p.node.container.type}:${p.node.container.id}`
          : `footnotes:${p.notes.map((n) => n.container.id).join(',')}`,
  );

const table: Container = { type: 'table', id: 't' };
const list: Container = { type: 'list', id: 'l', ordered: true };
const note = (id: string): Container => ({ type: 'footnote', id, label: id });

describe('groupBlocks', () => {
  it('makes one list of consecutive legacy list items and keeps every other block alone, in order', () => {
    const parts = groupBlocks([paragraph('a'), item('b'), item('c'), paragraph('d'), item('e')]);
    expect(describeParts(parts)).toEqual(['a', ['b', 'c'], 'd', ['e']]);
  });

  it('keeps a top-level container and everything in it as one part', () => {
    const parts = groupBlocks([
      paragraph('a'),
      paragraph('c1', [table, { type: 'row', id: 'r', header: false }]),
      paragraph('c2', [table, { type: 'row', id: 'r', header: false }]),
      paragraph('i1', [list, { type: 'item', id: 'i' }]),
      paragraph('b'),
    ]);
    expect(describeParts(parts)).toEqual(['a', 'table:t', 'list:l', 'b']);
    expect(parts[1]).toMatchObject({ blockCount: 2 });
  });

  it('gathers the top-level footnotes, wherever they are, into one section at the end', () => {
    const parts = groupBlocks([
      paragraph('a'),
      paragraph('n1', [note('1')]),
      paragraph('b'),
      paragraph('n2', [note('2')]),
      paragraph('n2b', [note('2')]),
    ]);
    expect(describeParts(parts)).toEqual(['a', 'b', 'footnotes:1,2']);
    expect(parts[2]).toMatchObject({ blockCount: 3 });
    expect([...footnotesById(parts).keys()]).toEqual(['1', '2']);
  });

  it('numbers the tables in reading order, nested ones included', () => {
    const figure: Container = { type: 'figure', id: 'f' };
    const parts = groupBlocks([
      paragraph('a', [table]),
      paragraph('b', [figure, { type: 'table', id: 'inner' }]),
    ]);
    expect([...tableNumbers(parts)]).toEqual([
      ['t', 1],
      ['inner', 2],
    ]);
  });
});

describe('firstChunkCount (what is rendered before the first paint)', () => {
  const chunks = chunkParts(
    groupBlocks([
      ...Array.from({ length: 100 }, (_, i) => paragraph(`p${i}`)),
      item('i0'),
      item('i1'),
      ...Array.from({ length: 100 }, (_, i) => paragraph(`q${i}`)),
      paragraph('n', [note('1')]),
    ]),
    10,
  );

  it('is a screenful from the top when the article opens at its start', () => {
    expect(firstChunkCount(chunks, undefined, 20)).toBe(2);
    expect(firstChunkCount(chunks, 'p0', 20)).toBe(3);
  });

  it('reaches past the block the article opens at, deep in the text, inside a list or a footnote', () => {
    // Chunk 15 holds q50 (blocks 150-159 counting the two items as blocks 100 and 101).
    expect(firstChunkCount(chunks, 'q50', 20)).toBe(
      chunks.findIndex((c) => c.some((p) => p.kind === 'block' && p.block.id === 'q50')) + 3,
    );
    expect(firstChunkCount(chunks, 'i1', 10)).toBe(
      chunks.findIndex((c) => c.some((p) => p.kind === 'list')) + 2,
    );
    expect(firstChunkCount(chunks, 'n', 10)).toBe(chunks.length);
  });

  it('never goes past the end, and treats a block that is not there as the top', () => {
    expect(firstChunkCount(chunks, 'q99', 100)).toBe(chunks.length);
    expect(firstChunkCount(chunks, 'gone', 20)).toBe(2);
    expect(firstChunkCount([], undefined, 10)).toBe(0);
  });
});

describe('chunkParts', () => {
  it('cuts the parts into runs of a number of blocks, in order, the last one shorter', () => {
    const parts = groupBlocks(Array.from({ length: 45 }, (_, i) => paragraph(`p${i}`)));
    const chunks = chunkParts(parts, 20);
    expect(chunks.map((c) => c.length)).toEqual([20, 20, 5]);
    expect(chunks.flat()).toEqual(parts);
    expect(chunkParts([], 20)).toEqual([]);
  });

  it('never cuts a table or a list: a big one is a chunk of its own, counted by its blocks', () => {
    const row: Container = { type: 'row', id: 'r', header: false };
    const parts = groupBlocks([
      paragraph('a'),
      ...Array.from({ length: 50 }, (_, i) => paragraph(`c${i}`, [table, row])),
      paragraph('b'),
      paragraph('c'),
    ]);
    const chunks = chunkParts(parts, 20);
    expect(chunks.map(describeParts)).toEqual([
      ['a', 'table:t'],
      ['b', 'c'],
    ]);
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
