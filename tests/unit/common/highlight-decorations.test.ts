// How highlights become marks: overlapping highlights split into runs that
// show the newest colour on top, cross-block highlights cut per block,
// bookmarks over the whole block, unanchored ones not drawn at all.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../common/anchoring';
import type { Annotation, HighlightColor } from '../../../common/annotations';
import type { Block } from '../../../common/model';
import { highlightDecorations, mergeDecorations } from '../../../common/highlight-decorations';
import { makeAnnotation } from '../../support/annotation-factory';

const blocks: Block[] = [
  { id: 'a', kind: 'paragraph', text: 'abcdefghij' },
  { id: 'b', kind: 'paragraph', text: 'klmnopqrst' },
];
const article = { blocks, contentHash: 'h' };

function highlight(
  id: string,
  color: HighlightColor,
  [startBlockId, startOffset, endBlockId, endOffset]: [string, number, string, number],
  createdAt: string,
  extra: Partial<Annotation> = {},
): Annotation {
  return makeAnnotation(id, {
    color,
    createdAt,
    anchor: describeRange(article, { startBlockId, startOffset, endBlockId, endOffset }),
    ...extra,
  });
}

const runs = (decorations: ReturnType<typeof highlightDecorations>, blockId: string) =>
  (decorations.get(blockId) ?? []).map((d) => {
    const text = blocks.find((b) => b.id === blockId)!.text.slice(d.start, d.end);
    return `${text}:${d.className}:${d.data?.['highlight-id'] ?? d.data?.['bookmark-id']}`;
  });

describe('highlight decorations', () => {
  it('draws the newer highlight on top where two overlap, marking the overlap', () => {
    const older = highlight('older-001', 'yellow', ['a', 1, 'a', 5], '2026-01-01');
    const newer = highlight('newer-001', 'blue', ['a', 3, 'a', 8], '2026-01-02');
    // Given in either order, the result is the same: creation time decides.
    for (const list of [
      [older, newer],
      [newer, older],
    ]) {
      expect(runs(highlightDecorations(blocks, list, null), 'a')).toEqual([
        'bc:highlight highlight--yellow:older-001',
        'de:highlight highlight--blue highlight--overlap:newer-001',
        'fgh:highlight highlight--blue:newer-001',
      ]);
    }
  });

  it('cuts a highlight that spans blocks into one run per block', () => {
    const across = highlight('across-01', 'green', ['a', 7, 'b', 3], '2026-01-01');
    const drawn = highlightDecorations(blocks, [across], null);
    expect(runs(drawn, 'a')).toEqual(['hij:highlight highlight--green:across-01']);
    expect(runs(drawn, 'b')).toEqual(['klm:highlight highlight--green:across-01']);
  });

  it('draws a bookmark over its whole block and skips unanchored highlights', () => {
    const bookmark = highlight('bookmark1', 'yellow', ['b', 0, 'b', 10], '2026-01-01', {
      kind: 'bookmark',
    });
    const orphan = highlight('orphan-01', 'pink', ['a', 0, 'a', 3], '2026-01-01', {
      anchoring: { method: 'orphan', checkedHash: 'h2', at: '2026-01-03' },
    });
    const drawn = highlightDecorations(blocks, [bookmark, orphan], null);
    expect(drawn.has('a')).toBe(false);
    expect(runs(drawn, 'b')).toEqual(['klmnopqrst:bookmark-mark:bookmark1']);
  });

  it('merges decorations from several sources, later ones last in each block', () => {
    const mine = new Map([['a', [{ start: 0, end: 2, className: 'highlight' }]]]);
    const search = new Map([
      ['a', [{ start: 1, end: 3, className: 'search-mark' }]],
      ['b', [{ start: 0, end: 1, className: 'search-mark' }]],
    ]);
    const merged = mergeDecorations(mine, search);
    expect(merged.get('a')?.map((d) => d.className)).toEqual(['highlight', 'search-mark']);
    expect(merged.get('b')).toBe(search.get('b'));
    expect(mergeDecorations(mine, undefined)).toBe(mine);
  });
});
