// Between the text model's places (block element + offset into its text)
// and DOM points. A block's DOM is its text split into runs by highlights and
// search marks, so a place is found by counting characters through its text
// nodes; it stays valid when the runs are redrawn, a DOM point does not.
import { blockElementOf, offsetWithin } from '../highlights/selection';

export interface BlockPlace {
  block: HTMLElement;
  offset: number;
}

/** The DOM point `offset` characters into a block (at a run boundary, the end of the earlier run). */
export function domPointAt(block: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let remaining = Math.max(0, offset);
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.length) return { node, offset: remaining };
    remaining -= node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : { node: block, offset: 0 };
}

/** Where a DOM point is, as a block place; null outside the article's blocks. */
export function placeOf(root: HTMLElement, node: Node | null, offset: number): BlockPlace | null {
  const block = node ? blockElementOf(node, root) : null;
  return block && node ? { block, offset: offsetWithin(block, node, offset) } : null;
}

export function blockText(block: HTMLElement): string {
  return block.textContent ?? '';
}

/** The article's blocks after (or before) `block`, nearest first. */
export function blocksFrom(root: HTMLElement, block: HTMLElement, step: 1 | -1): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>('[data-block-id]'));
  const index = all.indexOf(block);
  if (index < 0) return [];
  return step === 1 ? all.slice(index + 1) : all.slice(0, index).reverse();
}
