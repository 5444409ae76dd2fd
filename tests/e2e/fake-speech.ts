// A stand-in for the platform's speech (window.speechSynthesis and
// SpeechSynthesisUtterance), installed before the app's scripts run. It
// records every utterance (text, language, rate, voice) and fires "start" as
// an engine does when an utterance comes up; "boundary", "end" and errors
// fire only when the test says, so a spec steps through reading sentence by
// sentence. Voices arrive late with "voiceschanged", as Chromium's do: the
// first getVoices() finds none.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface FakeVoice {
  name: string;
  lang: string;
  default?: boolean;
}

export const FAKE_VOICES: FakeVoice[] = [
  { name: 'Alice', lang: 'en-US', default: true },
  { name: 'Bob', lang: 'en-GB' },
  { name: 'Claire', lang: 'fr-FR' },
];

export interface SpokenUtterance {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
}

/**
 * As source text: a function handed to addInitScript would carry the helpers
 * tsx adds to named functions, which do not exist in the page (see harness.ts).
 */
function fakeSpeechScript(voices: FakeVoice[] | 'no-speech'): string {
  return `(() => {
    const spec = ${JSON.stringify(voices)};
    if (spec === 'no-speech') {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined, configurable: true });
      return;
    }
    const voices = spec.map((v) => Object.freeze({
      name: v.name, lang: v.lang, voiceURI: 'fake:' + v.name, default: !!v.default, localService: true,
    }));
    class FakeUtterance extends EventTarget {
      constructor(text) {
        super();
        this.text = text ?? '';
        this.lang = '';
        this.rate = 1;
        this.pitch = 1;
        this.volume = 1;
        this.voice = null;
      }
    }
    const spoken = [];
    let queue = [];
    let speaking = null;
    let cancels = 0;
    let voicesArrived = false;
    let voicesLoading = false;
    const fire = (utterance, type, extra) => {
      const event = new Event(type);
      Object.assign(event, { utterance, charIndex: 0, charLength: 0, elapsedTime: 0, name: '' }, extra);
      utterance.dispatchEvent(event);
    };
    const synthesis = new EventTarget();
    const next = () => {
      if (speaking || queue.length === 0) return;
      speaking = queue.shift();
      fire(speaking, 'start');
    };
    Object.assign(synthesis, {
      pending: false,
      paused: false,
      get speaking() { return speaking !== null; },
      // Like Chromium: the first call finds none and starts loading them.
      getVoices() {
        if (!voicesArrived && !voicesLoading) {
          voicesLoading = true;
          setTimeout(() => {
            voicesArrived = true;
            synthesis.dispatchEvent(new Event('voiceschanged'));
          }, 100);
        }
        return voicesArrived ? voices.slice() : [];
      },
      speak(utterance) {
        spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          rate: utterance.rate,
          voice: utterance.voice ? utterance.voice.name : null,
        });
        queue.push(utterance);
        next();
      },
      cancel() {
        cancels++;
        const dropped = [speaking, ...queue].filter(Boolean);
        speaking = null;
        queue = [];
        for (const utterance of dropped) fire(utterance, 'error', { error: 'interrupted' });
      },
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    // Configurable: a test may install another fake (say, with no voices) over this one.
    Object.defineProperty(window, '__speech', {
      configurable: true,
      value: {
        spoken,
        get cancels() { return cancels; },
        get current() { return speaking ? speaking.text : null; },
        boundary(charIndex, charLength) {
          fire(speaking, 'boundary', { name: 'word', charIndex, charLength });
        },
        end() {
          const utterance = speaking;
          speaking = null;
          fire(utterance, 'end');
          next();
        },
        fail(error) {
          const utterance = speaking;
          speaking = null;
          fire(utterance, 'error', { error });
        },
      },
    });
  })();`;
}

/** Installs the fake speech and reloads, so the app starts with it. */
export async function installFakeSpeech(
  page: Page,
  voices: FakeVoice[] | 'no-speech' = FAKE_VOICES,
): Promise<void> {
  await page.addInitScript({ content: fakeSpeechScript(voices) });
  await page.reload();
}

interface SpeechControl {
  spoken: SpokenUtterance[];
  cancels: number;
  current: string | null;
  boundary(charIndex: number, charLength: number): void;
  end(): void;
  fail(error: string): void;
}

type WithSpeech = { __speech: SpeechControl };

/** The test's side of the fake: what was said, and the engine's events. */
export function speechOf(page: Page) {
  const current = () => page.evaluate(() => (window as unknown as WithSpeech).__speech.current);
  return {
    spoken: () =>
      page.evaluate(() => (window as unknown as WithSpeech).__speech.spoken.map((u) => ({ ...u }))),
    texts: () =>
      page.evaluate(() => (window as unknown as WithSpeech).__speech.spoken.map((u) => u.text)),
    last: () =>
      page.evaluate(() => ({ ...(window as unknown as WithSpeech).__speech.spoken.at(-1)! })),
    current,
    cancels: () => page.evaluate(() => (window as unknown as WithSpeech).__speech.cancels),
    /** The utterance being spoken ends; the next one, if any, starts. */
    end: () => page.evaluate(() => (window as unknown as WithSpeech).__speech.end()),
    /** The engine reaches the word at `charIndex` of the utterance's text. */
    boundary: (charIndex: number, charLength: number) =>
      page.evaluate(
        ([index, length]) => (window as unknown as WithSpeech).__speech.boundary(index!, length!),
        [charIndex, charLength],
      ),
    fail: (error: string) =>
      page.evaluate((code) => (window as unknown as WithSpeech).__speech.fail(code), error),
    /** Waits until `text` is the utterance being spoken (null: none is). */
    expectSpeaking: (text: string | null) => expect.poll(current).toBe(text),
  };
}

/** The text under the spoken-sentence mark (and the word mark), as the CSS Highlight API holds it. */
export function markedText(page: Page, name = 'read-aloud-sentence'): Promise<string | null> {
  return page.evaluate((highlight) => {
    const marks = CSS.highlights.get(highlight);
    if (!marks || marks.size === 0) return null;
    return [...marks].map((range) => range.toString()).join(' ');
  }, name);
}
