// Reading aloud as a sequence of utterances, one per sentence: play, pause,
// resume, skip and stop, and what happens when a sentence ends or the engine
// fails. No DOM: the engine is injected, so the order of events is
// unit-tested in Node; what the reader sees (the mark, the scrolling) is the
// controller's, driven by the changes reported here.
//
// Pausing cancels the utterance and resuming speaks the sentence again from
// the last word the engine reported (or from its start): speechSynthesis's own
// pause and resume are unreliable across platforms (some engines never resume,
// some drop a long pause), and a fresh utterance also takes a new speed or
// voice at once.
import type { TextRange } from '../../../common/segments';
import type { InterfaceText } from '../i18n/interface-text';
import type { ReadingScript, SentenceRef } from './reading-script';
import type { SpeechEngine } from './speech-engine';

export type ReadAloudStatus = 'playing' | 'paused' | 'stopped';

export type ReadAloudChange =
  /** Reading began at the reader's place. */
  | 'started'
  /** The last sentence ended and the next began. */
  | 'advanced'
  /** The reader moved to another sentence or section. */
  | 'skipped'
  | 'paused'
  | 'resumed'
  /** The same sentence again from its current word, with new settings. */
  | 'restarted'
  /** The engine reached a new word. */
  | 'word'
  /** The article's last sentence ended. */
  | 'finished'
  | 'stopped'
  | 'failed';

export interface ReadAloudState {
  status: ReadAloudStatus;
  /** The sentence being read (or paused in); null once stopped. */
  sentence: SentenceRef | null;
  /** The word being read, as offsets into the sentence's block, where the engine tells. */
  word: TextRange | null;
  /** The engine's error code, after a failure. */
  error?: string;
}

export interface ReadAloudSessionOptions<Voice> {
  script: ReadingScript;
  engine: SpeechEngine<Voice>;
  /** Asked before each utterance, so a changed setting applies to the next sentence. */
  voiceSettings: () => { rate: number; voice: Voice | null };
  onChange: (state: ReadAloudState, change: ReadAloudChange) => void;
}

const STOPPED: ReadAloudState = { status: 'stopped', sentence: null, word: null };

export class ReadAloudSession<Voice> {
  private current: ReadAloudState = STOPPED;
  /** Where the next utterance begins in the sentence's block: its start, or the last word reached. */
  private resumeAt = 0;
  /** Bumped per utterance: events of an earlier one are ignored. */
  private utterance = 0;

  constructor(private readonly options: ReadAloudSessionOptions<Voice>) {}

  get state(): ReadAloudState {
    return this.current;
  }

  play(from: SentenceRef): void {
    this.options.engine.cancel();
    this.moveTo(from, 'playing', 'started');
  }

  pause(): void {
    if (this.current.status !== 'playing') return;
    this.cancelUtterance();
    this.update({ ...this.current, status: 'paused' }, 'paused');
  }

  resume(): void {
    if (this.current.status !== 'paused' || !this.current.sentence) return;
    this.update({ ...this.current, status: 'playing' }, 'resumed');
    this.speak();
  }

  /** Speaks the current sentence again from its current word, with the settings as they are now. */
  restart(): void {
    if (this.current.status !== 'playing') return;
    this.cancelUtterance();
    this.update(this.current, 'restarted');
    this.speak();
  }

  stop(): void {
    if (this.current.status === 'stopped') return;
    this.cancelUtterance();
    this.update(STOPPED, 'stopped');
  }

  /**
   * The next or previous sentence; previous from the article's first sentence
   * starts it again, next from its last ends the reading. False when stopped.
   */
  skipSentence(direction: 1 | -1): boolean {
    const sentence = this.current.sentence;
    if (this.current.status === 'stopped' || !sentence) return false;
    const { script } = this.options;
    if (direction === 1) {
      const next = script.next(sentence);
      if (next) this.skipTo(next);
      else this.finish();
    } else {
      this.skipTo(script.previous(sentence) ?? script.at(sentence.blockIndex, sentence.start)!);
    }
    return true;
  }

  /** The next section, or back to this section's start (its heading: the one before). */
  skipSection(direction: 1 | -1): boolean {
    const sentence = this.current.sentence;
    if (this.current.status === 'stopped' || !sentence) return false;
    const { script } = this.options;
    const target =
      direction === 1 ? script.nextSection(sentence) : script.previousSection(sentence);
    // In the last section there is nowhere to go; reading goes on.
    if (target) this.skipTo(target);
    return true;
  }

  private skipTo(target: SentenceRef): void {
    this.cancelUtterance();
    this.moveTo(target, this.current.status, 'skipped');
  }

  private moveTo(sentence: SentenceRef, status: ReadAloudStatus, change: ReadAloudChange): void {
    this.resumeAt = sentence.start;
    this.update({ status, sentence, word: null }, change);
    if (status === 'playing') this.speak();
  }

  private finish(): void {
    this.cancelUtterance();
    this.update(STOPPED, 'finished');
  }

  private cancelUtterance(): void {
    this.utterance++;
    this.options.engine.cancel();
  }

  private speak(): void {
    const sentence = this.current.sentence;
    if (!sentence) return;
    const { script, engine, voiceSettings } = this.options;
    const blockText = script.blocks[sentence.blockIndex]?.text ?? '';
    const base = this.resumeAt;
    const id = ++this.utterance;
    const mine = () => id === this.utterance && this.current.status === 'playing';
    const { rate, voice } = voiceSettings();
    engine.speak(
      { text: blockText.slice(base, sentence.end), lang: script.language, rate, voice },
      {
        onWord: (charIndex, charLength) => {
          if (!mine()) return;
          const word = wordAt(blockText, base + charIndex, charLength, sentence.end);
          if (!word) return;
          this.resumeAt = word.start;
          this.update({ ...this.current, word }, 'word');
        },
        onEnd: () => {
          if (!mine()) return;
          const next = script.next(sentence);
          if (next) this.moveTo(next, 'playing', 'advanced');
          else this.finish();
        },
        onError: (code) => {
          if (!mine()) return;
          this.utterance++;
          this.update({ ...STOPPED, error: code }, 'failed');
        },
      },
    );
  }

  private update(state: ReadAloudState, change: ReadAloudChange): void {
    this.current = state;
    this.options.onChange(state, change);
  }
}

/**
 * The word starting at `start`: `length` characters where the engine says,
 * else up to the next space. Null past the sentence's end.
 */
export function wordAt(
  text: string,
  start: number,
  length: number,
  limit: number,
): TextRange | null {
  if (start < 0 || start >= limit) return null;
  let end = start + Math.max(0, length);
  if (length <= 0) {
    end = start;
    while (end < limit && !/\s/.test(text[end]!)) end++;
  }
  return { start, end: Math.min(end, limit) };
}

/** What went wrong, in words, from the engine's error code (an unknown code is quoted). */
export function speechErrorMessage(code: string, text: InterfaceText): string {
  // The engine's codes are kebab-case; an ICU select's keys cannot hold a hyphen.
  const reason = code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  return text.format('readAloud.stopped', { reason, code });
}
