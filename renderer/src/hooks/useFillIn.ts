import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { nextFillStep, type FillPace } from '../lib/article-parts';

/**
 * How many of `total` items to render: `first` before the first paint, then
 * more in steps, each its own task sized to a few milliseconds of work by
 * timing the previous one (its render, commit and layout) and rendered as an
 * interruptible transition, so input is handled and frames are painted
 * between steps. A key or pointer press renders the rest at once, before the
 * page handles it.
 */
export function useFillIn(total: number, first: number, pace: FillPace): number {
  const [count, setCount] = useState(() => Math.min(total, first));
  const step = useRef({ startedAt: 0, adding: 0, lastMs: 0, lastAdded: 0 });
  const complete = count >= total;

  // After a step's commit: lay it out now (it would be in the next frame
  // anyway) so the whole step is timed.
  useLayoutEffect(() => {
    const current = step.current;
    if (current.startedAt === 0) return;
    void document.documentElement.offsetHeight;
    current.lastMs = performance.now() - current.startedAt;
    current.lastAdded = current.adding;
    current.startedAt = 0;
  }, [count]);

  useEffect(() => {
    if (complete) return;
    // The next step as its own task, as soon as the last is done: the
    // browser handles input and paints between tasks.
    const next = window.setTimeout(() => {
      const current = step.current;
      current.adding = nextFillStep(current.lastAdded, current.lastMs, pace);
      // Timed from when React works on the step, not from now: the
      // wait for React's turn is not work.
      startTransition(() =>
        setCount((n) => {
          current.startedAt = performance.now();
          return Math.min(total, n + current.adding);
        }),
      );
    }, 0);
    const finish = () => {
      step.current.startedAt = 0;
      flushSync(() => setCount(total));
    };
    window.addEventListener('keydown', finish, { capture: true });
    window.addEventListener('pointerdown', finish, { capture: true });
    return () => {
      window.clearTimeout(next);
      window.removeEventListener('keydown', finish, { capture: true });
      window.removeEventListener('pointerdown', finish, { capture: true });
    };
  }, [complete, count, pace, total]);

  return count;
}
