import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Calls onFrame at most once per animation frame after the window scrolls,
 * resizes or its content changes size, and once at start. Components that
 * follow the scroll position use this so only they re-render, not the page.
 */
export function useScrollFrame(onFrame: () => void): void {
  const callback = useRef(onFrame);
  useLayoutEffect(() => {
    callback.current = onFrame;
  });

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        callback.current();
      });
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const resizes = new ResizeObserver(schedule);
    resizes.observe(document.body);
    schedule();
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      resizes.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
}
