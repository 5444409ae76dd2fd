// Where a highlight or bookmark sits in an article, stored several ways so it
// can be found again after the publisher changes the text: block id +
// offsets, the quoted text with some context either side, a position in the
// article's flat text, and the article's content hash. Pure: no environment,
// so the main process (re-anchoring), the renderer (describing a selection)
// and the tests share exactly this code.
import approxSearch from 'approx-string-match';
import type { Block } from './model';

/** Characters of context stored before and after a quote. */
export const CONTEXT_LENGTH = 32;
/**
 * Between blocks in the flat text. A blank line, so that a quote spanning
 * paragraphs reads naturally and W3C TextPositionSelectors count the same
 * text on export and import.
 */
export const BLOCK_SEPARATOR = '\n\n';
/** Quotes shorter than this are only found again exactly: a fuzzy match would be a guess. */
export const MIN_APPROXIMATE_QUOTE = 20;
/** An approximate match must keep at least this share of the quote's characters. */
export const MIN_APPROXIMATE_SCORE = 0.8;
/** The approximate search's cost grows with the quote; beyond this it is not worth it. */
export const MAX_APPROXIMATE_QUOTE = 4000;

/**
 * Why an annotation could not be found again, as stored with it (in English,
 * the notebook's own words). The interface recognises these sentences by
 * their cause and says them in its language; one it does not know (from
 * another version) is shown as stored.
 */
export const ORPHAN_REASONS = {
  articleGone: 'The article is no longer in the collection.',
  emptyQuote: 'The saved quote is empty.',
  shortQuote: `The quote is shorter than ${MIN_APPROXIMATE_QUOTE} characters and no longer appears exactly.`,
  longQuote: 'The quote is too long to search for approximately.',
  noMatchNearby: 'No passage close enough to the quote was found near its old place.',
  noMatch: 'No passage close enough to the quote was found.',
  emptyMatch: 'The closest match is empty.',
} as const;

export type OrphanCause = keyof typeof ORPHAN_REASONS;

/** The cause of a stored orphan reason, or undefined for a sentence this version did not write. */
export function orphanCause(reason: string): OrphanCause | undefined {
  return (Object.keys(ORPHAN_REASONS) as OrphanCause[]).find(
    (cause) => ORPHAN_REASONS[cause] === reason,
  );
}

export interface BlockRange {
  startBlockId: string;
  /** UTF-16 offset into the start block's text. */
  startOffset: number;
  endBlockId: string;
  /** UTF-16 offset into the end block's text, exclusive. */
  endOffset: number;
}

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A place in the flat text (blocks joined by BLOCK_SEPARATOR). */
export interface TextPosition {
  start: number;
  end: number;
}

export interface Anchor extends BlockRange {
  quote: TextQuote;
  position: TextPosition;
  /** The article's contentHash when this anchor was last known good. */
  contentHash: string;
}

/** How an anchor was found again in changed text. */
export type AnchorMethod = 'exact-place' | 'exact-nearby' | 'approximate' | 'orphan';

export type AnchorResult =
  | { method: 'orphan'; reason: string }
  | {
      method: Exclude<AnchorMethod, 'orphan'>;
      anchor: Anchor;
      /** 1 for an exact quote; the share of matching characters for an approximate one. */
      score: number;
    };

export interface FlatText {
  text: string;
  blocks: readonly Block[];
  /** Flat offset at which each block's text starts, by block index. */
  starts: number[];
  indexById: Map<string, number>;
}

export function flattenBlocks(blocks: readonly Block[]): FlatText {
  const starts: number[] = [];
  const indexById = new Map<string, number>();
  let offset = 0;
  blocks.forEach((block, index) => {
    if (index > 0) offset += BLOCK_SEPARATOR.length;
    starts.push(offset);
    indexById.set(block.id, index);
    offset += block.text.length;
  });
  const text = blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
  return { text, blocks, starts, indexById };
}

/** The flat offset of (block, offset), or undefined if the block is gone or too short. */
export function toFlatOffset(flat: FlatText, blockId: string, offset: number): number | undefined {
  const index = flat.indexById.get(blockId);
  if (index === undefined) return undefined;
  const block = flat.blocks[index]!;
  if (!Number.isInteger(offset) || offset < 0 || offset > block.text.length) return undefined;
  return flat.starts[index]! + offset;
}

/**
 * The block position of a flat offset. A start that falls between blocks moves
 * to the next block's start; an end moves back to the previous block's end, so
 * a range never begins or ends on a separator.
 */
export function fromFlatOffset(
  flat: FlatText,
  offset: number,
  side: 'start' | 'end',
): { blockId: string; offset: number } {
  const { blocks, starts } = flat;
  if (blocks.length === 0) throw new Error('An article without blocks has no positions.');
  // The last block starting at or before the offset.
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const block = blocks[lo]!;
  const within = offset - starts[lo]!;
  if (within <= block.text.length) {
    if (side === 'start' && within === block.text.length && lo + 1 < blocks.length) {
      return { blockId: blocks[lo + 1]!.id, offset: 0 };
    }
    return { blockId: block.id, offset: Math.max(0, within) };
  }
  // Inside the separator after block `lo`.
  if (side === 'end' || lo + 1 >= blocks.length)
    return { blockId: block.id, offset: block.text.length };
  return { blockId: blocks[lo + 1]!.id, offset: 0 };
}

/** The flat position of a block range, or undefined if it no longer fits the text. */
export function rangeToPosition(flat: FlatText, range: BlockRange): TextPosition | undefined {
  const start = toFlatOffset(flat, range.startBlockId, range.startOffset);
  const end = toFlatOffset(flat, range.endBlockId, range.endOffset);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { start, end };
}

/** Builds the full anchor (quote, context, position) of a flat position. */
export function anchorAt(flat: FlatText, position: TextPosition, contentHash: string): Anchor {
  const from = fromFlatOffset(flat, position.start, 'start');
  const to = fromFlatOffset(flat, position.end, 'end');
  const start = toFlatOffset(flat, from.blockId, from.offset)!;
  const end = toFlatOffset(flat, to.blockId, to.offset)!;
  return {
    startBlockId: from.blockId,
    startOffset: from.offset,
    endBlockId: to.blockId,
    endOffset: to.offset,
    position: { start, end },
    quote: {
      exact: flat.text.slice(start, end),
      prefix: flat.text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: flat.text.slice(end, end + CONTEXT_LENGTH),
    },
    contentHash,
  };
}

/** Describes a block range of an article as an anchor; throws if the range is empty or invalid. */
export function describeRange(
  article: { blocks: readonly Block[]; contentHash: string },
  range: BlockRange,
): Anchor {
  const flat = flattenBlocks(article.blocks);
  const position = rangeToPosition(flat, range);
  if (!position) throw new RangeError('The range is empty or does not fit the article text.');
  return anchorAt(flat, position, article.contentHash);
}

/**
 * Copies of a quote ranked at most, the nearest to its old place first: a
 * one-letter quote has hundreds of thousands of copies in a long article, and
 * ranking them all took seconds per highlight.
 */
export const MAX_RANKED_COPIES = 1000;
/**
 * The approximate search's cost bound: characters searched times 32-character
 * words of the quote (the bit-parallel search handles 32 quote characters per
 * step, some 60 ns each). A quote is looked for in a window around its old
 * place instead of the whole of a long article, so one search takes tens of
 * milliseconds, never seconds.
 */
export const APPROXIMATE_SEARCH_BUDGET = 1_000_000;

/**
 * Finds an anchor again in (possibly changed) article text, in this order:
 *  1. exact place: the quote is still at the stored block offsets, and no
 *     other copy of it fits the stored context better;
 *  2. exact quote elsewhere: a copy that keeps its whole prefix or suffix,
 *     then the copy whose context fits best, then the one nearest the old place
 *     (among the MAX_RANKED_COPIES copies nearest to it);
 *  3. an approximate match of a long enough quote that keeps at least
 *     MIN_APPROXIMATE_SCORE of its characters, searched within
 *     APPROXIMATE_SEARCH_BUDGET around the old place;
 *  4. otherwise an orphan (kept by the caller, never dropped).
 * `flat` may be passed when many anchors are placed in the same article.
 */
export function reanchor(
  anchor: Anchor,
  article: { blocks: readonly Block[]; contentHash: string },
  flat: FlatText = flattenBlocks(article.blocks),
): AnchorResult {
  const { exact } = anchor.quote;
  if (exact.length === 0) return { method: 'orphan', reason: ORPHAN_REASONS.emptyQuote };
  const storedPlace = rangeToPosition(flat, anchor);
  const expectedStart = storedPlace?.start ?? expectedFlatStart(flat, anchor);

  // The stored place counts only if it still holds the quote exactly.
  const inPlace =
    storedPlace && flat.text.slice(storedPlace.start, storedPlace.end) === exact
      ? storedPlace.start
      : undefined;
  const start = bestExactCopy(flat.text, anchor.quote, expectedStart, inPlace);
  if (start !== undefined) {
    const placed = anchorAt(flat, { start, end: start + exact.length }, article.contentHash);
    return { method: start === inPlace ? 'exact-place' : 'exact-nearby', anchor: placed, score: 1 };
  }

  if (exact.length < MIN_APPROXIMATE_QUOTE) {
    return { method: 'orphan', reason: ORPHAN_REASONS.shortQuote };
  }
  if (exact.length > MAX_APPROXIMATE_QUOTE) {
    return { method: 'orphan', reason: ORPHAN_REASONS.longQuote };
  }
  const maxErrors = Math.floor(exact.length * (1 - MIN_APPROXIMATE_SCORE));
  const window = searchWindow(flat.text.length, exact.length, expectedStart);
  const matches = approxSearch(flat.text.slice(window.start, window.end), exact, maxErrors);
  if (matches.length === 0) {
    return {
      method: 'orphan',
      reason:
        window.end - window.start < flat.text.length
          ? ORPHAN_REASONS.noMatchNearby
          : ORPHAN_REASONS.noMatch,
    };
  }
  const best = matches
    .map((m) => ({ start: m.start + window.start, end: m.end + window.start, errors: m.errors }))
    .map((m) => ({
      ...m,
      score: 1 - m.errors / exact.length,
      context: contextFit(flat.text, anchor.quote, m.start, m.end).context,
      distance: Math.abs(m.start - expectedStart),
    }))
    .sort((a, b) => b.score - a.score || b.context - a.context || a.distance - b.distance)[0]!;
  const placed = anchorAt(flat, { start: best.start, end: best.end }, article.contentHash);
  if (placed.position.end <= placed.position.start) {
    return { method: 'orphan', reason: ORPHAN_REASONS.emptyMatch };
  }
  return { method: 'approximate', anchor: placed, score: best.score };
}

/**
 * Where the best exact copy of the quote starts, or undefined if there is
 * none. A copy with all its context is the best there can be, so the nearest
 * such copy is found with two string searches; otherwise copies that keep one
 * side whole outrank the rest (byFit), so only when there are none are plain
 * copies ranked. `storedStart` (the stored place, if it still holds the quote)
 * wins a tie: the quote has not moved.
 */
function bestExactCopy(
  text: string,
  quote: TextQuote,
  expectedStart: number,
  storedStart: number | undefined,
): number | undefined {
  const { exact, prefix, suffix } = quote;
  // One scan settles the common case of a quote that is gone.
  if (!text.includes(exact)) return undefined;
  const shift = (needleStart: number) => needleStart + prefix.length;
  const withPrefix = nearestCopies(
    text,
    prefix + exact,
    expectedStart - prefix.length,
    MAX_RANKED_COPIES,
  ).map(shift);
  const withSuffix = nearestCopies(text, exact + suffix, expectedStart, MAX_RANKED_COPIES);
  // A copy with all its context has both; the nearest is the stored place
  // itself when that kept all its context.
  if (withPrefix.length > 0 && withSuffix.length > 0) {
    const [whole] = nearestCopies(text, prefix + exact + suffix, expectedStart - prefix.length, 1);
    if (whole !== undefined) return shift(whole);
  }
  const oneSide = new Set([...withPrefix, ...withSuffix]);
  const candidates =
    oneSide.size > 0 ? [...oneSide] : nearestCopies(text, exact, expectedStart, MAX_RANKED_COPIES);
  if (candidates.length === 0) return undefined;
  const ranked = candidates
    .map((start) => ({
      start,
      ...contextFit(text, quote, start, start + exact.length),
      distance: Math.abs(start - expectedStart),
    }))
    .sort(byFit);
  const best = ranked[0]!;
  const atPlace = ranked.find((c) => c.start === storedStart);
  return atPlace && byFit(atPlace, best) <= 0 ? atPlace.start : best.start;
}

/**
 * Up to `limit` starts of `needle` in `text`, nearest to `around` first:
 * searching outwards in both directions, so a quote with many copies costs
 * `limit` searches, not one per copy.
 */
function nearestCopies(text: string, needle: string, around: number, limit: number): number[] {
  const found: number[] = [];
  const before = (from: number) => (from < 0 ? -1 : text.lastIndexOf(needle, from));
  let ahead = text.indexOf(needle, Math.max(0, around));
  let behind = before(Math.min(around, text.length) - 1);
  while (found.length < limit && (ahead !== -1 || behind !== -1)) {
    if (behind === -1 || (ahead !== -1 && ahead - around <= around - behind)) {
      found.push(ahead);
      ahead = text.indexOf(needle, ahead + 1);
    } else {
      found.push(behind);
      behind = before(behind - 1);
    }
  }
  return found;
}

/** The part of the flat text an approximate search of a quote this long may cover. */
function searchWindow(
  textLength: number,
  quoteLength: number,
  expectedStart: number,
): { start: number; end: number } {
  // Never narrower than a few quotes, or a long quote would have no room to move.
  const span = Math.max(
    4 * quoteLength,
    Math.floor(APPROXIMATE_SEARCH_BUDGET / Math.ceil(quoteLength / 32)),
  );
  if (span >= textLength) return { start: 0, end: textLength };
  const start = Math.max(0, Math.min(expectedStart - Math.floor(span / 2), textLength - span));
  return { start, end: start + span };
}

/** Where the anchor would start if nothing had moved: block start if the block survives. */
function expectedFlatStart(flat: FlatText, anchor: Anchor): number {
  const index = flat.indexById.get(anchor.startBlockId);
  if (index !== undefined) {
    const block = flat.blocks[index]!;
    return flat.starts[index]! + Math.min(anchor.startOffset, block.text.length);
  }
  return Math.min(anchor.position.start, flat.text.length);
}

interface Fit {
  /** Share of prefix plus share of suffix still in place, 0..2. */
  context: number;
  /** The whole prefix or the whole suffix is still in place. */
  fullSide: boolean;
  distance: number;
}

/**
 * Best first. An edit outside a highlight changes the context on one side
 * at most, so the true place keeps one side whole: a copy with one side
 * whole beats copies that merely match a little on both. Then the most
 * context, then the nearest to where it was.
 */
function byFit(a: Fit, b: Fit): number {
  return (
    Number(b.fullSide) - Number(a.fullSide) || b.context - a.context || a.distance - b.distance
  );
}

/**
 * How much of the stored context still surrounds [start, end): prefix
 * characters matched going backwards and suffix characters going forwards.
 */
function contextFit(
  text: string,
  quote: TextQuote,
  start: number,
  end: number,
): Omit<Fit, 'distance'> {
  let before = 0;
  while (
    before < quote.prefix.length &&
    start - before - 1 >= 0 &&
    text[start - before - 1] === quote.prefix[quote.prefix.length - before - 1]
  ) {
    before++;
  }
  let after = 0;
  while (
    after < quote.suffix.length &&
    end + after < text.length &&
    text[end + after] === quote.suffix[after]
  ) {
    after++;
  }
  const share = (matched: number, total: number) => (total === 0 ? 1 : matched / total);
  return {
    context: share(before, quote.prefix.length) + share(after, quote.suffix.length),
    fullSide: before === quote.prefix.length || after === quote.suffix.length,
  };
}
