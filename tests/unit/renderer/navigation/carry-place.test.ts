import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../common/model';
import { carryPlace } from '../../../../renderer/src/navigation/carry-place';

/** An article whose blocks have the ids given, each with its id in its text. */
function withBlocks(ids: string[]): Article {
  return {
    id: 'tea',
    title: 'Tea',
    language: 'en',
    tags: [],
    summary: '',
    wordCount: ids.length * 2,
    readingMinutes: 1,
    contentHash: ids.join(','),
    blocks: ids.map((id) => ({ id, kind: 'paragraph', text: `${id} text` })),
  };
}

describe('carrying the reader’s place into an article’s new text', () => {
  const before = withBlocks(['a', 'b', 'c', 'd']);

  it('keeps a block that is still there, its offset within the new text', () => {
    const after = withBlocks(['new', 'a', 'b', 'c', 'd']);
    expect(carryPlace({ blockId: 'c', offset: 3 }, before, after)).toEqual({
      blockId: 'c',
      offset: 3,
    });
  });

  it('finds an edited block by its place after the unchanged block before it', () => {
    // "c" was edited (new id "c2") and a paragraph was added at the top.
    const after = withBlocks(['new', 'a', 'b', 'c2', 'd']);
    expect(carryPlace({ blockId: 'c', offset: 4 }, before, after)).toEqual({
      blockId: 'c2',
      offset: 4,
    });
  });

  it('takes the same place when no block before it survived, and stays inside the article', () => {
    expect(carryPlace({ blockId: 'b', offset: 1 }, before, withBlocks(['x', 'y', 'z']))).toEqual({
      blockId: 'y',
      offset: 1,
    });
    expect(carryPlace({ blockId: 'd', offset: 99 }, before, withBlocks(['x']))).toEqual({
      blockId: 'x',
      offset: 'x text'.length,
    });
  });

  it('has no place for a block the old text did not have', () => {
    expect(carryPlace({ blockId: 'zz', offset: 0 }, before, withBlocks(['a']))).toBeUndefined();
  });
});
