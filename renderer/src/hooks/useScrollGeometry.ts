import { useEffect, useLayoutEffect, useRef } from 'react';
import { readingLineOffset } from '../lib/layout';
import type { ScrollGeometry } from '../lib/scroll-geometry';

/** How long the page's size must stay put before a change of it updates the followers. */
const RESIZE_SETTLE_MS = 100;

/**
 * Calls onScroll at most once per animation frame after the window scrolls,
 * and once at start, with where the given elements sit in the document. That
 * geometry is read from layout only when the page's size changes (text
 * reflowed, the window resized, content filled in), never because it
 * scrolled, so a scroll frame reads no layout at all.
 */
export function useScrollGeometry(
  elements: () => readonly Element[],
  onScroll: (geometry: ScrollGeometry, scrollY: number) => void,
): void {
  const callbacks = useRef({ elements, onScroll });
  useLayoutEffect(() => {
    callbacks.current = { elements, onScroll };
  });

  useEffect(() => {
    let geometry: ScrollGeometry | null = null;
    let frame = 0;
    const read = (): ScrollGeometry => {
      const scrollY = window.scrollY;
      const rects = callbacks.current.elements().map((element) => element.getBoundingClientRect());
      return {
        tops: rects.map((rect) => rect.top + scrollY),
        bottoms: rects.map((rect) => rect.bottom + scrollY),
        line: readingLineOffset(),
        documentHeight: document.documentElement.scrollHeight,
      };
    };
    const update = () => {
      frame = 0;
      geometry ??= read();
      callbacks.current.onScroll(geometry, window.scrollY);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    // Any change of height in the page changes the body's: the geometry is
    // stale, and read again before the next update. Such changes come in
    // bursts (a long article filling in, a reflow): the update they may call
    // for waits until the burst is over; a scroll updates at once.
    let settle = 0;
    const remeasure = () => {
      geometry = null;
      window.clearTimeout(settle);
      settle = window.setTimeout(schedule, RESIZE_SETTLE_MS);
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', remeasure);
    const resizes = new ResizeObserver(remeasure);
    resizes.observe(document.body);
    schedule();
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', remeasure);
      resizes.disconnect();
      cancelAnimationFrame(frame);
      window.clearTimeout(settle);
    };
  }, []);
}
