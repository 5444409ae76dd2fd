// Highlights and bookmarks as ArticleBody decorations. Overlapping highlights
// are split here into runs that each show the most recent highlight's colour
// (with a marker that another lies beneath), so a run never carries two
// competing colours and a click on it opens the highlight drawn on top.
// Pure (no DOM, no React), so it lives in common/ and is unit-tested in Node;
// the shapes match the renderer's BlockDecoration and DecorationsByBlock.
import { flattenBlocks, rangeToPosition } from './anchoring';
import { isOrphan, type Annotation } from './annotations';
import type { Block } from './model';
import { segmentText, type TextRange } from './segments';

/** What ArticleBody draws as a <mark>: see renderer/src/components/BlockText.tsx. */
export interface MarkDecoration extends TextRange {
  className: string;
  data?: Readonly<Record<string, string>>;
}
export type MarksByBlock<D extends MarkDecoration = MarkDecoration> = ReadonlyMap<
  string,
  readonly D[]
>;

interface Piece {
  start: number;
  end: number;
  annotation: Annotation;
}

export function highlightDecorations(
  blocks: readonly Block[],
  annotations: readonly Annotation[],
  selectedId: string | null,
): MarksByBlock {
  const flat = flattenBlocks(blocks);
  const pieces = new Map<string, Piece[]>();
  const add = (blockId: string, piece: Piece) => {
    const list = pieces.get(blockId);
    if (list) list.push(piece);
    else pieces.set(blockId, [piece]);
  };
  // Oldest first: a later highlight is drawn over an earlier one.
  const placed = [...annotations]
    .filter((a) => !isOrphan(a) && rangeToPosition(flat, a.anchor))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const annotation of placed) {
    const { startBlockId, startOffset, endBlockId, endOffset } = annotation.anchor;
    const first = flat.indexById.get(startBlockId)!;
    const last = flat.indexById.get(endBlockId)!;
    for (let i = first; i <= last; i++) {
      const block = blocks[i]!;
      const start = i === first ? startOffset : 0;
      const end = i === last ? endOffset : block.text.length;
      if (end > start) add(block.id, { start, end, annotation });
    }
  }

  const result = new Map<string, MarkDecoration[]>();
  for (const [blockId, list] of pieces) {
    const block = blocks[flat.indexById.get(blockId)!]!;
    const decorations: MarkDecoration[] = [];
    const bookmarks = list.filter((p) => p.annotation.kind === 'bookmark');
    for (const b of bookmarks) {
      decorations.push({
        start: 0,
        end: block.text.length,
        className: 'bookmark-mark',
        data: { 'bookmark-id': b.annotation.id },
      });
    }
    const highlights = list.filter((p) => p.annotation.kind === 'highlight');
    for (const segment of segmentText(block.text.length, highlights)) {
      const top = segment.decorations.at(-1);
      if (!top) continue;
      const classes = ['highlight', `highlight--${top.annotation.color}`];
      if (segment.decorations.length > 1) classes.push('highlight--overlap');
      if (segment.decorations.some((d) => d.annotation.id === selectedId)) {
        classes.push('highlight--selected');
      }
      if (top.annotation.note !== '') classes.push('highlight--has-note');
      decorations.push({
        start: segment.start,
        end: segment.end,
        className: classes.join(' '),
        data: { 'highlight-id': top.annotation.id },
      });
    }
    result.set(blockId, decorations);
  }
  return result;
}

/**
 * Combines the decorations of several sources (highlights, search marks) into
 * one map for ArticleBody. Later sources come later in each block's list, so
 * their data attributes win where marks overlap. A block's array is reused
 * when only one source decorates it, so unchanged blocks do not re-render.
 */
export function mergeDecorations<D extends MarkDecoration>(
  ...sources: ReadonlyArray<MarksByBlock<D> | undefined>
): MarksByBlock<D> {
  const present = sources.filter((s): s is MarksByBlock<D> => s !== undefined && s.size > 0);
  if (present.length === 0) return new Map();
  if (present.length === 1) return present[0]!;
  const merged = new Map<string, readonly D[]>();
  for (const source of present) {
    for (const [blockId, decorations] of source) {
      const existing = merged.get(blockId);
      merged.set(blockId, existing ? [...existing, ...decorations] : decorations);
    }
  }
  return merged;
}
