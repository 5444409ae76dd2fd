// Where elements sit in the document, read from layout once and reused while
// the page scrolls: an element's distance from the document's top does not
// change when the window scrolls, so following the scroll needs only
// window.scrollY (which reads no layout) and arithmetic on these numbers.

export interface ScrollGeometry {
  /** Each element's top and bottom, in px from the document's top, in document order. */
  tops: readonly number[];
  bottoms: readonly number[];
  /** The reading line's distance from the window's top (below the top bar). */
  line: number;
  documentHeight: number;
}

/**
 * The last index whose value is at or above (<=) y in an ascending list, or
 * -1 when none is: the element just above a line, by binary search.
 */
export function lastAtOrAbove(values: readonly number[], y: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= y) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * Whether the window shows the end of the document (to within a pixel of
 * rounding), given where it is scrolled to.
 */
export function atDocumentEnd(
  geometry: Pick<ScrollGeometry, 'documentHeight'>,
  scrollY: number,
  windowHeight: number,
): boolean {
  return scrollY + windowHeight >= geometry.documentHeight - 1;
}

/**
 * The current section while scrolling, as an index into the headings whose
 * geometry is given: the last heading at or above the reading line (with
 * `slackPx` below it, so a heading just jumped to counts), or, with the end
 * of the page in view, the last heading on screen: a short last section
 * never reaches the line. -1 before the first heading.
 */
export function sectionAt(
  geometry: ScrollGeometry,
  scrollY: number,
  windowHeight: number,
  slackPx: number,
): number {
  const passed = lastAtOrAbove(geometry.tops, scrollY + geometry.line + slackPx);
  if (!atDocumentEnd(geometry, scrollY, windowHeight)) return passed;
  return Math.max(passed, lastAtOrAbove(geometry.tops, scrollY + windowHeight - 1));
}
