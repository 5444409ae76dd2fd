// The rendered article as read aloud sees it: a DOM Range for offsets into a
// block's text, and the sentence at the reading line. A block element's text
// is exactly Block.text, split into runs by marks, so an offset is a count of
// characters through its text nodes.
import { placeOf } from '../caret/dom-points';
import { readingLineOffset } from '../lib/layout';
import { findBlockElement, measureReadingPosition } from '../lib/reading-position';
import type { ReadingScript, SentenceRef } from './reading-script';

/** The text from `start` to `end` of a block element, or null if it has no such text. */
export function blockTextRange(block: Element, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.length;
    // A start at the very end of a run belongs to the next run.
    if (!started && start < seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

export function sentenceRange(
  root: ParentNode,
  script: ReadingScript,
  ref: SentenceRef,
  span: { start: number; end: number } = ref,
): Range | null {
  const block = script.blocks[ref.blockIndex];
  const element = block ? findBlockElement(root, block.id) : null;
  return element ? blockTextRange(element, span.start, span.end) : null;
}

/**
 * The caret (a collapsed selection: caret mode's, or a click in the text)
 * while it is in sight, as a place to read from, at the start of its word. A
 * caret left behind on a page scrolled away from is not the reader's place.
 */
export function sentenceAtCaret(root: HTMLElement, script: ReadingScript): SentenceRef | null {
  const selection = window.getSelection();
  if (!selection || !selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const place = placeOf(root, range.startContainer, range.startOffset);
  const blockId = place?.block.dataset.blockId;
  if (!place || !blockId) return null;
  const rect = range.getBoundingClientRect();
  if (rect.bottom <= readingLineOffset() || rect.top >= window.innerHeight) return null;
  const text = place.block.textContent ?? '';
  let offset = place.offset;
  while (offset > 0 && !/\s/.test(text[offset - 1]!)) offset--;
  return script.fromSelection({
    startBlockId: blockId,
    startOffset: offset,
    endBlockId: blockId,
    endOffset: offset,
  });
}

/**
 * The first sentence not wholly above the reading line: the one the reader's
 * eyes are on when they press play. A sentence that starts under the top bar
 * and goes on below it is read from its start.
 */
export function sentenceAtReadingLine(
  root: HTMLElement,
  script: ReadingScript,
): SentenceRef | null {
  const lengthOf = (blockId: string) => {
    const index = script.indexOf(blockId);
    return index === undefined ? 0 : (script.blocks[index]?.text.length ?? 0);
  };
  const place = measureReadingPosition(root, lengthOf);
  const from = place ? (script.indexOf(place.blockId) ?? 0) : 0;
  const line = readingLineOffset();
  for (let ref = script.firstFrom(from); ref; ref = script.next(ref)) {
    const rects = sentenceRange(root, script, ref)?.getClientRects();
    const last = rects?.[rects.length - 1];
    // Not rendered (yet): nothing to measure, so read from here.
    if (!last || last.bottom > line + 1) return ref;
  }
  return null;
}
