import { describe, expect, it } from 'vitest';
import {
  VOICES_WAIT_MS,
  createVoiceStore,
  type VoiceSource,
} from '../../../../renderer/src/speech/voice-store';
import type { VoiceLike } from '../../../../renderer/src/speech/voices';

const voice = (name: string, localService = true): VoiceLike => ({
  name,
  lang: 'en-US',
  voiceURI: name,
  default: false,
  localService,
});

/** Voices that arrive when the test says, like a platform's voiceschanged. */
function fakeSource(initial: VoiceLike[] = []) {
  let voices = initial;
  const listeners: Array<() => void> = [];
  const source: VoiceSource<VoiceLike> = {
    getVoices: () => voices,
    addEventListener: (_type, listener) => listeners.push(listener),
  };
  return {
    source,
    change(next: VoiceLike[]) {
      voices = next;
      for (const listener of listeners) listener();
    },
  };
}

function fakeTimers() {
  const pending: Array<{ run: () => void; at: number }> = [];
  let now = 0;
  return {
    setTimeout: (run: () => void, ms: number) => pending.push({ run, at: now + ms }),
    advance(ms: number) {
      now += ms;
      for (const timer of pending.filter((t) => t.at <= now)) {
        pending.splice(pending.indexOf(timer), 1);
        timer.run();
      }
    },
  };
}

describe('the voices store', () => {
  it('is ready at once when the platform lists voices', async () => {
    const { source } = fakeSource([voice('Alice')]);
    const store = createVoiceStore(source, fakeTimers());
    expect(store.getSnapshot()).toEqual({ status: 'ready', voices: [voice('Alice')] });
    await expect(store.settled()).resolves.toMatchObject({ status: 'ready' });
  });

  it('waits for voices that arrive late, and tells its subscribers', async () => {
    const { source, change } = fakeSource();
    const timers = fakeTimers();
    const store = createVoiceStore(source, timers);
    let told = 0;
    store.subscribe(() => told++);
    expect(store.getSnapshot().status).toBe('loading');
    const settled = store.settled();
    timers.advance(VOICES_WAIT_MS - 1);
    change([voice('Alice')]);
    await expect(settled).resolves.toMatchObject({ status: 'ready', voices: [voice('Alice')] });
    expect(told).toBe(1);
    // The timer that would have said "no voice" changes nothing now.
    timers.advance(10);
    expect(store.getSnapshot().status).toBe('ready');
  });

  it('says "no voice" after the wait, and changes its mind when voices come', async () => {
    const { source, change } = fakeSource();
    const timers = fakeTimers();
    const store = createVoiceStore(source, timers);
    const settled = store.settled();
    timers.advance(VOICES_WAIT_MS);
    await expect(settled).resolves.toEqual({ status: 'no-voice', voices: [] });
    change([voice('Late')]);
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', voices: [voice('Late')] });
    change([]);
    expect(store.getSnapshot().status).toBe('no-voice');
  });

  it('counts only voices that speak on this machine', () => {
    const { source } = fakeSource([voice('Remote', false)]);
    const store = createVoiceStore(source, fakeTimers());
    expect(store.getSnapshot().status).toBe('loading');
  });

  it('keeps its snapshot while nothing changes (React compares it)', () => {
    const { source } = fakeSource([voice('Alice')]);
    const store = createVoiceStore(source, fakeTimers());
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('has no speech where the window has none', async () => {
    const store = createVoiceStore(null, fakeTimers());
    await expect(store.settled()).resolves.toEqual({ status: 'no-speech', voices: [] });
  });
});
