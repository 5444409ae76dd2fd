// The timing helpers bench:reader installs in the page before the app's own
// script runs: the bridge's calls timed, "after the next paint", and frame
// intervals. Written as source text (as the harness's bridge is): functions
// handed to Playwright from a tsx-run script carry tsx's `__name` helper,
// which does not exist in the page. Every time is performance.now() in the
// page, so a page load is measured from its navigation start.

/** What the page exposes as `window.__bench`; bench-side code reaches it through evaluate(). */
export interface ProbeOptions {
  /** A selector that matches once the library list shows its first row. */
  libraryRowSelector: string;
}

export function probeScript({ libraryRowSelector }: ProbeOptions): string {
  return `(() => {
  const bench = { calls: [] };
  Object.defineProperty(window, '__bench', { value: bench });

  // Each bridge call, from the page's call to its answer arriving back.
  const invoke = window.__readerInvoke;
  if (typeof invoke === 'function') {
    window.__readerInvoke = (method, args) => {
      const call = { method, start: performance.now(), end: 0 };
      bench.calls.push(call);
      return invoke(method, args).finally(() => {
        call.end = performance.now();
      });
    };
  }

  // Resolves just after the next frame is painted: rAF callbacks run before
  // the frame's style, layout and paint, and a message posted from one runs
  // after them.
  bench.afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );

  // Resolves with the time of the first paint after test() becomes true
  // (checked on every DOM change).
  bench.paintedWhen = (test, timeoutMs = 60000) =>
    new Promise((resolve, reject) => {
      let observer;
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('timed out after ' + timeoutMs + ' ms waiting for ' + test));
      }, timeoutMs);
      const check = () => {
        if (!test()) return false;
        observer.disconnect();
        clearTimeout(timer);
        bench.afterPaint().then(resolve);
        return true;
      };
      observer = new MutationObserver(check);
      if (!check()) {
        observer.observe(document, { childList: true, subtree: true, characterData: true });
      }
    });

  // Watches from the very start of the page, so a fast paint is not missed.
  bench.libraryPainted = bench.paintedWhen(
    () => document.querySelector(${JSON.stringify(libraryRowSelector)}) !== null,
  );

  // One keystroke's effect: the time of the key, and the paint after the last
  // DOM change that followed it (or after the key itself when nothing changed).
  bench.watchKeystroke = () => {
    const watch = { keyAt: 0, paintedAt: 0, lastChangeAt: 0, pending: 0 };
    const painted = () => {
      watch.pending++;
      bench.afterPaint().then((at) => {
        watch.paintedAt = Math.max(watch.paintedAt, at);
        watch.pending--;
      });
    };
    const onKey = (event) => {
      if (watch.keyAt) return;
      watch.keyAt = event.timeStamp;
      watch.lastChangeAt = performance.now();
      painted();
    };
    const observer = new MutationObserver(() => {
      if (!watch.keyAt) return;
      watch.lastChangeAt = performance.now();
      painted();
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    window.addEventListener('keydown', onKey, { capture: true });
    bench.keystroke = watch;
    // Settled once nothing has changed for quietMs and every paint is in.
    watch.settled = (quietMs) =>
      new Promise((resolve) => {
        const poll = () => {
          const quiet = performance.now() - watch.lastChangeAt >= quietMs;
          if (watch.keyAt && quiet && watch.pending === 0) {
            observer.disconnect();
            window.removeEventListener('keydown', onKey, { capture: true });
            resolve(watch.paintedAt - watch.keyAt);
          } else setTimeout(poll, 20);
        };
        poll();
      });
  };

  // Intervals between animation frames until stop() is called.
  bench.recordFrames = () => {
    const frames = [];
    let last = 0;
    let running = true;
    const tick = (now) => {
      if (last) frames.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    bench.stopFrames = () => {
      running = false;
      return frames;
    };
  };
})();`;
}
