// The voices the platform offers, which arrive late: getVoices() is often
// empty at first and fills in with a "voiceschanged" event, and where no
// voice is installed that event may never come. The store waits a little
// before it says "no voice", and changes its mind if voices turn up later.
import { localVoices, type VoiceLike } from './voices';

/** How long an empty list may still be "loading" before it counts as no voice. */
export const VOICES_WAIT_MS = 3000;

export type VoicesSnapshot<Voice> =
  | { status: 'no-speech'; voices: readonly Voice[] }
  | { status: 'loading'; voices: readonly Voice[] }
  | { status: 'ready'; voices: readonly Voice[] }
  | { status: 'no-voice'; voices: readonly Voice[] };

export interface VoiceSource<Voice> {
  getVoices(): Voice[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
}

export interface VoiceStore<Voice> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): VoicesSnapshot<Voice>;
  /** The voices once known: at once when loaded, else after the wait. */
  settled(): Promise<VoicesSnapshot<Voice>>;
}

export function createVoiceStore<Voice extends VoiceLike>(
  source: VoiceSource<Voice> | null,
  timers: { setTimeout: (run: () => void, ms: number) => unknown } = globalThis,
): VoiceStore<Voice> {
  const listeners = new Set<() => void>();
  let snapshot: VoicesSnapshot<Voice> = source
    ? { status: 'loading', voices: [] }
    : { status: 'no-speech', voices: [] };
  let started = false;
  let waiting: Array<(snapshot: VoicesSnapshot<Voice>) => void> = [];

  const publish = (next: VoicesSnapshot<Voice>) => {
    snapshot = next;
    if (next.status !== 'loading') {
      const resolve = waiting;
      waiting = [];
      for (const done of resolve) done(next);
    }
    for (const listener of listeners) listener();
  };

  const read = () => {
    const voices = localVoices(source!.getVoices());
    if (voices.length > 0) publish({ status: 'ready', voices });
    else if (snapshot.status === 'ready') publish({ status: 'no-voice', voices: [] });
  };

  const start = () => {
    if (started || !source) return;
    started = true;
    source.addEventListener('voiceschanged', read);
    read();
    timers.setTimeout(() => {
      if (snapshot.status === 'loading') publish({ status: 'no-voice', voices: [] });
    }, VOICES_WAIT_MS);
  };

  return {
    subscribe(listener) {
      start();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      start();
      return snapshot;
    },
    settled() {
      start();
      if (snapshot.status !== 'loading') return Promise.resolve(snapshot);
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
