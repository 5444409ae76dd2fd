// Moving focus where a view change lands, so keyboard and screen-reader
// users arrive where sighted readers look: a heading or a passage, which are
// not focusable by themselves.

/** Focuses `element` (made focusable by script only) without moving the page. */
export function focusWithoutScrolling(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}
