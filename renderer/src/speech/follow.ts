// Keeping the spoken sentence in view. The page moves only when the sentence
// leaves the comfortable band (below the top bar, above the playback bar), and
// then puts it near the top of the band, so the reader gets a screenful of
// calm text rather than a page that creeps a line per sentence.
import { readingLineOffset } from '../lib/layout';
import { preferredScrollBehavior } from '../lib/scroll';

export interface Band {
  top: number;
  bottom: number;
}

/** Where in the band a sentence that left it is put back: this share of the way down. */
const SETTLE_AT = 0.2;

/**
 * How far to scroll (positive: down) to bring `rect` back into `band`, or 0
 * when it is inside. A sentence taller than the band is put at its top.
 */
export function scrollAdjustment(rect: Band, band: Band): number {
  if (rect.top >= band.top && rect.bottom <= band.bottom) return 0;
  const height = band.bottom - band.top;
  const target =
    rect.bottom - rect.top > height * (1 - SETTLE_AT) ? band.top : band.top + height * SETTLE_AT;
  return Math.round(rect.top - target);
}

/** Whether any of `rect` is in the window: a reader who scrolled away sees none of it. */
export function isInWindow(rect: Band, windowHeight: number): boolean {
  return rect.bottom > 0 && rect.top < windowHeight;
}

/**
 * The comfortable band of the window: from the reading line (a sentence that
 * starts there, where reading from the reading line begins, is in it) to a
 * line above `bottomEdge` (the playback bar).
 */
export function comfortableBand(bottomEdge: number | undefined): Band {
  const lineHeight = 24;
  const top = readingLineOffset() - 2;
  const bottom = (bottomEdge ?? window.innerHeight) - lineHeight;
  return { top, bottom: Math.max(top + lineHeight, bottom) };
}

/** Scrolls the window so `range` is in the band; smooth unless the reader asked for less motion. */
export function keepInView(range: Range, band: Band): void {
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return;
  const delta = scrollAdjustment(rect, band);
  if (delta !== 0) window.scrollBy({ top: delta, behavior: preferredScrollBehavior() });
}
