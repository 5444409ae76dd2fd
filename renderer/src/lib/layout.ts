// Geometry shared by scrolling code. The fixed top bar's height lives in
// CSS only (html's scroll-padding-top); scripts read it from there so
// scrollIntoView, the list's keyboard scrolling and the reading position all
// use the same line.

/** Distance from the viewport top to the "reading line" just below the top bar. */
export function readingLineOffset(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
}
