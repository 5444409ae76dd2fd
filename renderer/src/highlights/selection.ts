// The reader's text selection in terms of the text model: a block range
// (block id + offsets into Block.text), never DOM positions. The DOM of a
// block is its text split into runs, so an offset is the length of the text
// before the selection point inside the block element.
import type { BlockRange } from '../../../common/anchoring';

/** The article block holding `node`, if it is inside `root`. */
export function blockElementOf(node: Node | null, root: HTMLElement): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  const block = element?.closest<HTMLElement>('[data-block-id]') ?? null;
  return block && root.contains(block) ? block : null;
}

/** How many characters of the block's text come before the point (node, offset). */
export function offsetWithin(block: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(block);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The current selection inside `root` as a block range, or null when nothing
 * (or only whitespace) is selected there. A selection that starts or ends
 * outside the article body is clipped to the first or last block it touches.
 */
export function selectionToBlockRange(root: HTMLElement): BlockRange | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (range.toString().trim() === '') return null;

  const blocks = Array.from(root.querySelectorAll<HTMLElement>('[data-block-id]')).filter((b) =>
    range.intersectsNode(b),
  );
  const first = blocks[0];
  const last = blocks.at(-1);
  if (!first || !last) return null;

  const startBlock = blockElementOf(range.startContainer, root);
  const endBlock = blockElementOf(range.endContainer, root);
  const startOffset =
    startBlock === first ? offsetWithin(first, range.startContainer, range.startOffset) : 0;
  const endOffset =
    endBlock === last
      ? offsetWithin(last, range.endContainer, range.endOffset)
      : (last.textContent ?? '').length;
  const range_ = {
    startBlockId: first.dataset.blockId!,
    startOffset,
    endBlockId: last.dataset.blockId!,
    endOffset,
  };
  if (range_.startBlockId === range_.endBlockId && range_.endOffset <= range_.startOffset)
    return null;
  return range_;
}

/** The selection's first line, in viewport coordinates, and which way its text runs. */
export interface SelectionPlace {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Where the selection starts on its line: the right end in right-to-left text. */
  start: 'left' | 'right';
}

/**
 * Where to put a toolbar for the current selection. The first line is every
 * box of the range beside its first one: in mixed-direction text one line's
 * selection is several boxes, in visual order rather than the text's.
 */
export function selectionPlace(): SelectionPlace | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const rects = Array.from(range.getClientRects());
  const first = rects[0];
  if (!first) return null;
  const line = rects.filter((rect) => rect.top < first.bottom && rect.bottom > first.top);
  const start = range.startContainer;
  const element = start instanceof Element ? start : start.parentElement;
  const rtl = element !== null && getComputedStyle(element).direction === 'rtl';
  return {
    top: first.top,
    bottom: first.bottom,
    left: Math.min(...line.map((rect) => rect.left)),
    right: Math.max(...line.map((rect) => rect.right)),
    start: rtl ? 'right' : 'left',
  };
}
