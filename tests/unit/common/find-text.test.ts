import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInBlocks, MAX_FIND_MATCHES } from '../../../common/find-text';
import type { Block } from '../../../common/model';

const blocks: Block[] = [
  { id: 'a', kind: 'paragraph', text: 'Casualty rates are soaring. CASUALTY counts rise.' },
  { id: 'b', kind: 'heading', level: 2, text: 'The Human Cost (casualty.)' },
];

describe('find in article', () => {
  it('finds the typed text in any case, block by block, in reading order', () => {
    expect(findInBlocks(blocks, 'casualty')).toEqual([
      { blockId: 'a', start: 0, end: 8 },
      { blockId: 'a', start: 28, end: 36 },
      { blockId: 'b', start: 16, end: 24 },
    ]);
  });

  it('takes the text literally, punctuation and all', () => {
    expect(findInBlocks(blocks, 'casualty.)')).toEqual([{ blockId: 'b', start: 16, end: 26 }]);
    expect(findInBlocks(blocks, '.*')).toEqual([]);
    expect(findInBlocks(blocks, '   ')).toEqual([]);
  });

  it('never throws and every match is the typed text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), (needle) => {
        for (const m of findInBlocks(blocks, needle)) {
          const text = blocks.find((b) => b.id === m.blockId)!.text.slice(m.start, m.end);
          expect(text.toLowerCase()).toBe(needle.normalize('NFC').toLowerCase());
        }
      }),
    );
  });

  it('finds Chinese inside a sentence without spaces, as search marks it (characters in sequence)', () => {
    const zh: Block[] = [
      { id: 'z', kind: 'paragraph', text: '本文档是指导你如何成为Linux内核开发者的最重要的文档。' },
    ];
    expect(findInBlocks(zh, '文档').map((m) => [m.start, m.end])).toEqual([
      [1, 3],
      [26, 28],
    ]);
  });

  it('stops at a bound', () => {
    const long: Block[] = [{ id: 'x', kind: 'paragraph', text: 'a'.repeat(MAX_FIND_MATCHES + 10) }];
    expect(findInBlocks(long, 'a')).toHaveLength(MAX_FIND_MATCHES);
  });
});
