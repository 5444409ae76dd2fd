// Caret mode (F7, as in browsers): the article gets a caret that the arrow
// keys move and Shift extends into a selection, so highlighting needs no
// mouse. Moves go through Selection.modify, the platform's own caret
// movement by character, word, line and paragraph, which knows line wraps and
// bidirectional text; sentences and paragraphs as a whole come from the text
// model. The caret never leaves the article's text.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import type { Article } from '../../../common/model';
import { useNotify } from '../hooks/useNotices';
import { useShortcuts } from '../hooks/useShortcuts';
import { focusWithoutScrolling } from '../lib/focus';
import { readingLineOffset } from '../lib/layout';
import { measureReadingPosition } from '../lib/reading-position';
import { bindingsOf, chordMatches } from '../lib/shortcuts';
import { blockText, blocksFrom, domPointAt, placeOf, type BlockPlace } from './dom-points';
import { firstSentence, nextSentenceEnd, sentenceAt } from './text-units';

type Granularity = 'character' | 'word' | 'line' | 'lineboundary' | 'paragraph';

const FORWARD_KEYS = new Set(['ArrowRight', 'ArrowDown', 'End']);
const CARET_BINDINGS = bindingsOf('caret');

export interface CaretModeController {
  active: boolean;
  toggle: () => void;
  /** Esc: leaves caret mode; false when it was not on. */
  turnOff: () => boolean;
  /** True for a key that caret mode uses now: other shortcuts must let it through. */
  claims: (event: KeyboardEvent) => boolean;
}

interface Options {
  article: Article;
  articleRef: RefObject<HTMLElement | null>;
}

/** Keys belong to caret mode only while the reader is in the article, not in a bar or panel. */
function inArticle(root: HTMLElement, target: EventTarget | null): boolean {
  return target === document.body || (target instanceof Node && root.contains(target));
}

/** Text a caret may stand in: a block or the article's header, never the end mark. */
function inText(root: HTMLElement, node: Node | null): boolean {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return (
    element !== null &&
    root.contains(element) &&
    element.closest('[data-block-id], .article__header') !== null
  );
}

export function useCaretMode({ article, articleRef }: Options): CaretModeController {
  const notify = useNotify();
  const intl = useIntl();
  const [active, setActive] = useState(false);
  const activeRef = useRef(active);
  activeRef.current = active;
  // The caret as a text place: redrawing a block's runs (a new highlight)
  // replaces its text nodes, and a place survives that where a DOM point does not.
  const lastPlace = useRef<{ blockId: string; offset: number } | null>(null);

  useEffect(() => {
    const remember = () => {
      const root = articleRef.current;
      const selection = window.getSelection();
      if (!root || !selection?.focusNode) return;
      const place = placeOf(root, selection.focusNode, selection.focusOffset);
      if (place?.block.dataset.blockId)
        lastPlace.current = { blockId: place.block.dataset.blockId, offset: place.offset };
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, [articleRef]);

  /** A selection inside the article's text, placing a caret first where there is none. */
  const caretSelection = useCallback((root: HTMLElement): Selection | null => {
    const selection = window.getSelection();
    if (!selection) return null;
    if (
      selection.rangeCount > 0 &&
      inText(root, selection.anchorNode) &&
      inText(root, selection.focusNode)
    )
      return selection;
    const remembered = lastPlace.current;
    const block = remembered
      ? root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(remembered.blockId)}"]`)
      : null;
    if (block && remembered) {
      const point = domPointAt(block, remembered.offset);
      selection.collapse(point.node, point.offset);
      return selection;
    }
    // First use: the start of the line the reader is reading.
    const position = measureReadingPosition(root, (id) => {
      const element = root.querySelector(`[data-block-id="${CSS.escape(id)}"]`);
      return element?.textContent?.length ?? 0;
    });
    const at = position
      ? root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(position.blockId)}"]`)
      : root.querySelector<HTMLElement>('[data-block-id]');
    if (!at) return null;
    const point = domPointAt(at, position?.offset ?? 0);
    selection.collapse(point.node, point.offset);
    selection.modify('move', 'backward', 'lineboundary');
    return selection;
  }, []);

  const toggle = useCallback(() => {
    const root = articleRef.current;
    if (!root) return;
    const next = !activeRef.current;
    setActive(next);
    if (next) {
      const selection = caretSelection(root);
      // Keys go to the article, and a screen reader follows to the caret's paragraph.
      const focusBlock = selection?.focusNode && placeOf(root, selection.focusNode, 0)?.block;
      if (!root.contains(document.activeElement)) focusWithoutScrolling(focusBlock || root);
      notify(intl.formatMessage({ id: 'caret.on' }));
    } else {
      notify(intl.formatMessage({ id: 'caret.off' }));
    }
  }, [articleRef, caretSelection, notify, intl]);

  const turnOff = useCallback(() => {
    if (!activeRef.current) return false;
    setActive(false);
    notify(intl.formatMessage({ id: 'caret.off' }));
    return true;
  }, [notify, intl]);

  /** Runs `act` for a caret key in caret mode; false lets the key through otherwise. */
  const caretKey =
    (act: (root: HTMLElement, selection: Selection, event: KeyboardEvent) => void) =>
    (event: KeyboardEvent) => {
      const root = articleRef.current;
      if (!activeRef.current || !root || !inArticle(root, event.target)) return false;
      const selection = caretSelection(root);
      if (!selection) return false;
      act(root, selection, event);
      keepCaretInView(selection);
    };

  const move = (granularity: Granularity) =>
    caretKey((root, selection, event) => {
      const before = snapshot(selection);
      const direction = FORWARD_KEYS.has(event.key) ? 'forward' : 'backward';
      selection.modify(event.shiftKey ? 'extend' : 'move', direction, granularity);
      if (!inText(root, selection.focusNode)) restore(selection, before);
    });

  const toArticleBoundary = caretKey((root, selection, event) => {
    const blocks = root.querySelectorAll<HTMLElement>('[data-block-id]');
    const forward = FORWARD_KEYS.has(event.key);
    const block = forward ? blocks[blocks.length - 1] : blocks[0];
    if (!block) return;
    const point = domPointAt(block, forward ? blockText(block).length : 0);
    if (event.shiftKey) selection.extend(point.node, point.offset);
    else selection.collapse(point.node, point.offset);
  });

  const selectSentence = caretKey((root, selection) => {
    const lang = article.language || undefined;
    const focus = forwardFocus(root, selection);
    if (!focus) return;
    const text = blockText(focus.block);
    if (selection.isCollapsed) {
      const span = sentenceAt(text, focus.offset, lang);
      if (span) selectWithin(selection, focus.block, span.start, span.end);
      return;
    }
    const end = nextSentenceEnd(text, focus.offset, lang);
    if (end !== null) return extendTo(selection, focus.block, end);
    for (const next of blocksFrom(root, focus.block, 1)) {
      const span = firstSentence(blockText(next), lang);
      if (span) return extendTo(selection, next, span.end);
    }
  });

  const selectParagraph = caretKey((root, selection) => {
    const focus = forwardFocus(root, selection);
    if (!focus) return;
    const length = blockText(focus.block).length;
    if (selection.isCollapsed) return selectWithin(selection, focus.block, 0, length);
    if (focus.offset < length) return extendTo(selection, focus.block, length);
    const next = blocksFrom(root, focus.block, 1).find((b) => blockText(b).trim() !== '');
    if (next) extendTo(selection, next, blockText(next).length);
  });

  useShortcuts('caret', {
    'caret-character': move('character'),
    'caret-word': move('word'),
    'caret-line': move('line'),
    'caret-line-boundary': move('lineboundary'),
    'caret-paragraph': move('paragraph'),
    'caret-article-boundary': toArticleBoundary,
    'select-sentence': selectSentence,
    'select-paragraph': selectParagraph,
  });

  // Leaving the article (another route) leaves caret mode with it.
  useEffect(() => () => setActive(false), [article.id]);

  const claims = useCallback(
    (event: KeyboardEvent) =>
      activeRef.current &&
      CARET_BINDINGS.some(
        ({ chords }) => chords.length === 1 && chords[0] && chordMatches(chords[0], event),
      ),
    [],
  );

  return { active, toggle, turnOff, claims };
}

type Snapshot = [Node | null, number, Node | null, number];

function snapshot(selection: Selection): Snapshot {
  return [selection.anchorNode, selection.anchorOffset, selection.focusNode, selection.focusOffset];
}

function restore(selection: Selection, [anchor, anchorOffset, focus, focusOffset]: Snapshot) {
  if (anchor && focus) selection.setBaseAndExtent(anchor, anchorOffset, focus, focusOffset);
}

/**
 * The selection's far end as a block place, turning a backward selection
 * round first so "again" always adds text after it.
 */
function forwardFocus(root: HTMLElement, selection: Selection): BlockPlace | null {
  if (!selection.isCollapsed && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    selection.setBaseAndExtent(
      range.startContainer,
      range.startOffset,
      range.endContainer,
      range.endOffset,
    );
  }
  return placeOf(root, selection.focusNode, selection.focusOffset);
}

function selectWithin(selection: Selection, block: HTMLElement, start: number, end: number) {
  const from = domPointAt(block, start);
  const to = domPointAt(block, end);
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}

function extendTo(selection: Selection, block: HTMLElement, offset: number) {
  const point = domPointAt(block, offset);
  selection.extend(point.node, point.offset);
}

/** Room kept between the caret and the window's edges when the page follows it. */
const CARET_MARGIN = 48;

/** Scrolls only when the caret leaves the comfortable band, as a text field does. */
function keepCaretInView(selection: Selection) {
  const rect = caretRect(selection);
  if (!rect) return;
  const top = readingLineOffset() + CARET_MARGIN / 2;
  const bottom = window.innerHeight - CARET_MARGIN;
  if (rect.top < top) window.scrollBy({ top: rect.top - top, behavior: 'instant' });
  else if (rect.bottom > bottom)
    window.scrollBy({ top: rect.bottom - bottom, behavior: 'instant' });
}

/** The caret's box in the viewport: the selection's focus end, where the next move starts. */
export function caretRect(selection: Selection | null): DOMRect | null {
  if (!selection?.focusNode) return null;
  const range = document.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.height > 0) return rect;
  // At the very start of an element Chromium gives no box: use the next character's.
  const node = selection.focusNode;
  if (node instanceof Text && selection.focusOffset < node.length) {
    range.setEnd(node, selection.focusOffset + 1);
    const next = range.getClientRects()[0];
    if (next) return new DOMRect(next.left, next.top, 0, next.height);
  }
  return null;
}
