// Reading positions in terms of the text model (a block and an offset into
// its text), measured from and applied to the rendered article. The DOM is
// only the ruler: what is stored survives a different font size, width or
// window.
import type { ReadingPosition } from '../../../common/settings';
import { readingLineOffset } from './layout';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The article's block elements, in document order. */
export function blockElements(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-block-id]'));
}

export function findBlockElement(root: ParentNode, blockId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
}

/** How far down the page the window is, 0..1; a page that fits the window is read whole. */
export function pageProgress(): number {
  const scrollable = document.documentElement.scrollHeight - window.innerHeight;
  return scrollable <= 0 ? 1 : clamp(window.scrollY / scrollable, 0, 1);
}

/**
 * The block under the reading line (the last one whose top is at or above
 * it) and roughly which character of it is there: the share of the block's
 * height above the line, applied to its text length. Reads the layout of
 * about log2(blocks) blocks (11 for 1,714): when a scroll pauses or ends,
 * never on every frame.
 */
export function measureReadingPosition(
  root: HTMLElement,
  textLengthOf: (blockId: string) => number,
): ReadingPosition | null {
  const elements = blockElements(root);
  if (elements.length === 0) return null;
  const line = readingLineOffset();

  // Blocks are stacked in document order, so a binary search finds the line.
  let low = 0;
  let high = elements.length - 1;
  let under = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((elements[middle]?.getBoundingClientRect().top ?? 0) <= line + 1) {
      under = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }

  const element = elements[Math.max(0, under)];
  const blockId = element?.dataset.blockId;
  if (!element || !blockId) return null;
  const length = textLengthOf(blockId);
  const rect = element.getBoundingClientRect();
  const fraction =
    under < 0 || rect.height === 0 ? 0 : clamp((line - rect.top) / rect.height, 0, 1);
  return {
    blockId,
    offset: Math.min(length, Math.round(fraction * length)),
    progress: Math.round(pageProgress() * 1000) / 1000,
  };
}

/**
 * Scrolls so the stored place sits on the reading line. The start of the
 * first block means "the top of the article": the title stays in view.
 * Returns false when the block no longer exists (the article changed).
 */
export function scrollToReadingPosition(
  root: HTMLElement,
  position: Pick<ReadingPosition, 'blockId' | 'offset'>,
  textLengthOf: (blockId: string) => number,
): boolean {
  const element = findBlockElement(root, position.blockId);
  if (!element) return false;
  const isFirstBlock = root.querySelector('[data-block-id]') === element;
  if (isFirstBlock && position.offset === 0) {
    window.scrollTo({ top: 0, behavior: 'instant' });
    return true;
  }
  const length = textLengthOf(position.blockId);
  const fraction = length > 0 ? clamp(position.offset / length, 0, 1) : 0;
  const rect = element.getBoundingClientRect();
  const top = window.scrollY + rect.top + fraction * rect.height - readingLineOffset();
  window.scrollTo({ top: Math.max(0, Math.round(top)), behavior: 'instant' });
  return true;
}
