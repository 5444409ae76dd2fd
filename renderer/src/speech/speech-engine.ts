// The platform's speech behind a small interface: one utterance at a time,
// its word boundaries, its end and its failures. Events of an utterance that
// was cancelled are dropped here, so the session never advances twice: the
// engines fire "end" or an "interrupted" error for a cancelled utterance,
// some of them after the next one has started.

export interface SpeakRequest<Voice> {
  text: string;
  /** The article's language; the voice decides the accent, this helps the engine read. */
  lang: string;
  rate: number;
  voice: Voice | null;
}

export interface SpeakEvents {
  /** A word starts at `charIndex` of the request's text (not every engine reports words). */
  onWord(charIndex: number, charLength: number): void;
  onEnd(): void;
  /** The engine's error code: "synthesis-failed", "audio-busy", "interrupted"… */
  onError(code: string): void;
}

export interface SpeechEngine<Voice> {
  speak(request: SpeakRequest<Voice>, events: SpeakEvents): void;
  cancel(): void;
}

/** The Web Speech API's engine: `speechSynthesis` and its utterances. */
export function webSpeechEngine(
  synthesis: SpeechSynthesis,
  Utterance: typeof SpeechSynthesisUtterance,
): SpeechEngine<SpeechSynthesisVoice> {
  // Also keeps the utterance referenced: Chromium drops the events of an
  // utterance that was garbage-collected while it spoke.
  let current: SpeechSynthesisUtterance | null = null;
  return {
    speak(request, events) {
      const utterance = new Utterance(request.text);
      utterance.lang = request.lang;
      utterance.rate = request.rate;
      if (request.voice) utterance.voice = request.voice;
      utterance.addEventListener('boundary', (event) => {
        if (current === utterance && event.name === 'word') {
          events.onWord(event.charIndex, event.charLength ?? 0);
        }
      });
      utterance.addEventListener('end', () => {
        if (current !== utterance) return;
        current = null;
        events.onEnd();
      });
      utterance.addEventListener('error', (event) => {
        if (current !== utterance) return;
        current = null;
        events.onError(event.error);
      });
      current = utterance;
      synthesis.speak(utterance);
    },
    cancel() {
      current = null;
      synthesis.cancel();
    },
  };
}

/** The platform's speech, or null where the window has none. */
export function platformSpeech(): {
  synthesis: SpeechSynthesis;
  Utterance: typeof SpeechSynthesisUtterance;
} | null {
  if (typeof window === 'undefined') return null;
  const synthesis = (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  const Utterance = (window as { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance })
    .SpeechSynthesisUtterance;
  return synthesis && typeof Utterance === 'function' ? { synthesis, Utterance } : null;
}
