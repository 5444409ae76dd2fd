import { findBlockElement } from './reading-position';

/** Smooth unless the reader asked the system for less motion. */
export function preferredScrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
}

/**
 * Brings a block to the reading line (scrollIntoView honours the top bar's
 * scroll-padding) and moves keyboard focus there, so Tab continues from the
 * section the reader jumped to.
 */
export function goToBlock(root: ParentNode, blockId: string): boolean {
  const element = findBlockElement(root, blockId);
  if (!element) return false;
  element.scrollIntoView({ behavior: preferredScrollBehavior(), block: 'start' });
  if (element.tabIndex >= -1 && element.hasAttribute('tabindex')) {
    element.focus({ preventScroll: true });
  }
  return true;
}
