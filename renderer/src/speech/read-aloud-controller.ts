// Read aloud in the open article: where it starts (the selection, else the
// caret in sight, else the reading line), the voice and speed from the settings, the mark on the
// spoken sentence and word, keeping them in view, and the messages when it
// cannot read or stops on its own. The reader reads its view through
// subscribe/getView (useSyncExternalStore); the view changes with the state
// and the section only, so a new sentence or word re-renders nothing: the
// marks are drawn here, outside React.
import type { RefObject } from 'react';
import type { Settings } from '../../../common/settings';
import { selectionToBlockRange } from '../highlights/selection';
import type { InterfaceText } from '../i18n/interface-text';
import { sentenceAtCaret, sentenceAtReadingLine, sentenceRange } from './dom';
import { comfortableBand, isInWindow, keepInView, scrollAdjustment } from './follow';
import { SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT, clearMarks, setMark } from './marks';
import {
  ReadAloudSession,
  speechErrorMessage,
  type ReadAloudChange,
  type ReadAloudState,
  type ReadAloudStatus,
} from './read-aloud-session';
import type { ReadingScript } from './reading-script';
import { webSpeechEngine, type platformSpeech } from './speech-engine';
import type { VoiceStore } from './voice-store';
import { chooseVoice, languageName, unavailableMessage, type Platform } from './voices';

export interface ReadAloudView {
  status: ReadAloudStatus;
  /** The heading of the section being read, for the playback bar. */
  section: string | null;
}

export interface ReadAloudControllerOptions {
  script: ReadingScript;
  root: () => HTMLElement | null;
  settings: () => Pick<Settings, 'speechRate' | 'speechVoice'>;
  notify: (text: string) => void;
  /** The interface's words as they are now: the language can change while an article is open. */
  text: () => InterfaceText;
  voices: VoiceStore<SpeechSynthesisVoice>;
  speech: ReturnType<typeof platformSpeech>;
  platform: Platform;
}

const STOPPED_VIEW: ReadAloudView = { status: 'stopped', section: null };

export class ReadAloudController {
  /** The toolbar's play button: focus returns there when the bar closes under it. */
  readonly buttonRef: RefObject<HTMLButtonElement | null> = { current: null };
  readonly barRef: RefObject<HTMLElement | null> = { current: null };

  private view = STOPPED_VIEW;
  private readonly listeners = new Set<() => void>();
  private session: ReadAloudSession<SpeechSynthesisVoice> | null = null;
  private starting = false;
  private disposed = false;
  /** False once the reader scrolled the spoken sentence out of sight: the page stops chasing it. */
  private following = true;
  private marked: Range | null = null;
  private observer: MutationObserver | null = null;
  private remarkFrame = 0;
  private resizeFrame = 0;

  constructor(private readonly options: ReadAloudControllerOptions) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getView = (): ReadAloudView => this.view;

  get active(): boolean {
    return this.view.status !== 'stopped';
  }

  /** Play from the selection or the reading line; pause; resume. */
  readonly toggle = async (): Promise<void> => {
    if (this.view.status === 'playing') this.session?.pause();
    else if (this.view.status === 'paused') this.session?.resume();
    else await this.start();
  };

  readonly stop = (): void => {
    this.session?.stop();
  };

  /** False when not reading aloud, so the key can mean something else. */
  readonly skipSentence = (direction: 1 | -1): boolean =>
    this.session?.skipSentence(direction) ?? false;

  readonly skipSection = (direction: 1 | -1): boolean =>
    this.session?.skipSection(direction) ?? false;

  /** The speed or voice changed: the sentence being read goes on with them from its current word. */
  settingsChanged(): void {
    this.session?.restart();
  }

  /**
   * While the article is open. The returned function is for leaving it:
   * silence, no marks, no messages. Reloading or closing the window stops
   * too, since the platform's speech would otherwise go on.
   */
  connect(): () => void {
    this.disposed = false;
    const stop = () => this.stop();
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      this.disposed = true;
      this.session?.stop();
      this.stopObserving();
      clearMarks();
      this.view = STOPPED_VIEW;
    };
  }

  private async start(): Promise<void> {
    if (this.starting) return;
    this.starting = true;
    try {
      const { speech, script, platform, notify } = this.options;
      if (!speech) {
        notify(unavailableMessage('no-speech', platform, this.options.text()));
        return;
      }
      const { voices } = await this.options.voices.settled();
      const root = this.options.root();
      if (this.disposed || !root) return;
      if (voices.length === 0) {
        notify(unavailableMessage('no-voice', platform, this.options.text()));
        return;
      }
      const selection = selectionToBlockRange(root);
      const from =
        (selection && script.fromSelection(selection)) ??
        sentenceAtCaret(root, script) ??
        sentenceAtReadingLine(root, script) ??
        script.first();
      if (!from) {
        notify(this.options.text().format('readAloud.noText'));
        return;
      }
      const { voice, matchesLanguage } = chooseVoice(
        voices,
        script.language,
        this.options.settings().speechVoice,
      );
      if (!matchesLanguage && voice) {
        const text = this.options.text();
        notify(
          text.format('readAloud.otherVoice', {
            language: languageName(script.language, text.locale),
            voice: voice.name,
          }),
        );
      }
      this.session ??= new ReadAloudSession({
        script,
        engine: webSpeechEngine(speech.synthesis, speech.Utterance),
        voiceSettings: () => this.voiceSettings(),
        onChange: (state, change) => this.onChange(state, change),
      });
      this.session.play(from);
    } finally {
      this.starting = false;
    }
  }

  private voiceSettings(): { rate: number; voice: SpeechSynthesisVoice | null } {
    const { speechRate, speechVoice } = this.options.settings();
    const { voices } = this.options.voices.getSnapshot();
    const { voice } = chooseVoice(voices, this.options.script.language, speechVoice);
    return { rate: speechRate, voice };
  }

  private onChange(state: ReadAloudState, change: ReadAloudChange): void {
    const previous = this.marked;
    this.mark(state);
    if (this.disposed) return;
    this.follow(state, change, previous);
    if (change === 'finished')
      this.options.notify(this.options.text().format('readAloud.finished'));
    if (change === 'failed')
      this.options.notify(speechErrorMessage(state.error ?? 'unknown', this.options.text()));
    if (state.status === 'stopped') this.stopObserving();
    else this.observe();
    const section = state.sentence
      ? (this.options.script.sectionOf(state.sentence)?.text ?? null)
      : null;
    if (state.status !== this.view.status || section !== this.view.section) {
      this.publish(state.status === 'stopped' ? STOPPED_VIEW : { status: state.status, section });
    }
  }

  private mark(state: ReadAloudState): void {
    const root = this.options.root();
    const { sentence, word } = state;
    this.marked = root && sentence ? sentenceRange(root, this.options.script, sentence) : null;
    setMark(SENTENCE_HIGHLIGHT, this.marked);
    setMark(
      WORD_HIGHLIGHT,
      root && sentence && word ? sentenceRange(root, this.options.script, sentence, word) : null,
    );
  }

  private follow(state: ReadAloudState, change: ReadAloudChange, previous: Range | null): void {
    if (!this.marked) return;
    const band = comfortableBand(this.barRef.current?.getBoundingClientRect().top);
    if (change === 'started' || change === 'skipped') {
      this.following = true;
    } else if (change === 'advanced' && previous) {
      // A reader who scrolled away to look at something is not pulled back
      // each sentence; the page follows again once the sentence is in sight.
      const rect = previous.getBoundingClientRect();
      if (rect.height > 0) this.following = isInWindow(rect, window.innerHeight);
    }
    if (!this.following) return;
    if (change === 'started' || change === 'skipped' || change === 'advanced') {
      keepInView(this.marked, band);
    } else if (change === 'word' && state.sentence && state.word) {
      // A sentence taller than the band: follow its words instead.
      const root = this.options.root();
      const word = root && sentenceRange(root, this.options.script, state.sentence, state.word);
      if (word && scrollAdjustment(word.getBoundingClientRect(), band) !== 0)
        keepInView(word, band);
    }
  }

  /** A window made smaller reflows the text: the spoken sentence may now be under the playback bar. */
  private readonly onResize = (): void => {
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => {
      if (!this.following || !this.marked) return;
      keepInView(this.marked, comfortableBand(this.barRef.current?.getBoundingClientRect().top));
    });
  };

  /** A block re-rendered under the mark (a new highlight, a search) leaves its ranges empty: mark again. */
  private observe(): void {
    const root = this.options.root();
    if (this.observer || !root) return;
    window.addEventListener('resize', this.onResize);
    this.observer = new MutationObserver(() => {
      cancelAnimationFrame(this.remarkFrame);
      this.remarkFrame = requestAnimationFrame(() => {
        if (this.session) this.mark(this.session.state);
      });
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = null;
    cancelAnimationFrame(this.remarkFrame);
    window.removeEventListener('resize', this.onResize);
    cancelAnimationFrame(this.resizeFrame);
  }

  private publish(view: ReadAloudView): void {
    // The bar goes away when reading stops; focus inside it moves to the
    // toolbar button instead of falling to the page.
    if (view.status === 'stopped' && this.barRef.current?.contains(document.activeElement)) {
      this.buttonRef.current?.focus({ preventScroll: true });
    }
    this.view = view;
    for (const listener of this.listeners) listener();
  }
}
