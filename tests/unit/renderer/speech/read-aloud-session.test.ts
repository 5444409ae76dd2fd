import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../common/model';
import {
  ReadAloudSession,
  speechErrorMessage,
  wordAt,
  type ReadAloudChange,
} from '../../../../renderer/src/speech/read-aloud-session';
import { ReadingScript } from '../../../../renderer/src/speech/reading-script';
import type {
  SpeakEvents,
  SpeakRequest,
  SpeechEngine,
} from '../../../../renderer/src/speech/speech-engine';
import { textFor } from '../intl-for';

const english = textFor('en');
const french = textFor('fr');

const blocks: Block[] = [
  { id: 'h1', kind: 'heading', level: 2, text: 'Start' },
  { id: 'p1', kind: 'paragraph', text: 'One two three. Four five.' },
  { id: 'h2', kind: 'heading', level: 2, text: 'Next part' },
  { id: 'p2', kind: 'paragraph', text: 'Last words here.' },
];

/** An engine that records what it is asked to say; the test plays its events. */
function fakeEngine() {
  const spoken: Array<{ request: SpeakRequest<string>; events: SpeakEvents }> = [];
  let cancels = 0;
  const engine: SpeechEngine<string> = {
    speak: (request, events) => spoken.push({ request, events }),
    cancel: () => {
      cancels++;
    },
  };
  return {
    engine,
    spoken,
    get cancels() {
      return cancels;
    },
    texts: () => spoken.map((s) => s.request.text),
    last: () => spoken.at(-1)!,
  };
}

function setUp(settings = { rate: 1, voice: 'Alice' as string | null }) {
  const script = new ReadingScript(blocks, 'en');
  const speech = fakeEngine();
  const changes: ReadAloudChange[] = [];
  const session = new ReadAloudSession({
    script,
    engine: speech.engine,
    voiceSettings: () => settings,
    onChange: (_state, change) => changes.push(change),
  });
  const marked = () => {
    const sentence = session.state.sentence;
    return sentence ? script.textOf(sentence) : null;
  };
  return { script, speech, session, changes, settings, marked };
}

describe('reading aloud sentence by sentence', () => {
  it('speaks one utterance per sentence, each when the one before ends', () => {
    const { script, speech, session, changes, marked } = setUp();
    session.play(script.first()!);
    expect(speech.texts()).toEqual(['Start']);
    expect(session.state.status).toBe('playing');
    speech.last().events.onEnd();
    speech.last().events.onEnd();
    expect(speech.texts()).toEqual(['Start', 'One two three.', 'Four five.']);
    expect(marked()).toBe('Four five.');
    expect(changes).toEqual(['started', 'advanced', 'advanced']);
  });

  it('stops after the last sentence and says it finished', () => {
    const { script, speech, session, changes } = setUp();
    session.play(script.at(3, 0)!);
    speech.last().events.onEnd();
    expect(session.state).toEqual({ status: 'stopped', sentence: null, word: null });
    expect(changes.at(-1)).toBe('finished');
  });

  it("speaks in the article's language with the voice and speed asked for each sentence", () => {
    const { script, speech, session, settings } = setUp();
    session.play(script.first()!);
    expect(speech.last().request).toEqual({ text: 'Start', lang: 'en', rate: 1, voice: 'Alice' });
    settings.rate = 1.5;
    settings.voice = 'Bob';
    speech.last().events.onEnd();
    expect(speech.last().request).toMatchObject({ rate: 1.5, voice: 'Bob' });
  });

  it('follows the words the engine reports, in block offsets', () => {
    const { script, speech, session } = setUp();
    session.play(script.at(1, 0)!);
    speech.last().events.onWord(4, 3);
    expect(session.state.word).toEqual({ start: 4, end: 7 });
    // An engine that gives no length: the word runs to the next space.
    speech.last().events.onWord(8, 0);
    expect(session.state.word).toEqual({ start: 8, end: 14 });
  });
});

describe('pausing and resuming', () => {
  it('cancels the utterance and speaks the sentence again from the word reached', () => {
    const { script, speech, session, changes } = setUp();
    session.play(script.at(1, 0)!);
    speech.last().events.onWord(4, 3);
    const cancelsBefore = speech.cancels;
    session.pause();
    expect(speech.cancels).toBe(cancelsBefore + 1);
    expect(session.state.status).toBe('paused');
    session.resume();
    expect(speech.texts().at(-1)).toBe('two three.');
    expect(changes.slice(-2)).toEqual(['paused', 'resumed']);
    // Words of the resumed utterance count from where it began.
    speech.last().events.onWord(4, 5);
    expect(session.state.word).toEqual({ start: 8, end: 13 });
  });

  it('from the sentence start when the engine reports no words', () => {
    const { script, speech, session } = setUp();
    session.play(script.at(1, 15)!);
    session.pause();
    session.resume();
    expect(speech.texts()).toEqual(['Four five.', 'Four five.']);
  });

  it('ignores what the cancelled utterance says afterwards', () => {
    const { script, speech, session } = setUp();
    session.play(script.at(1, 0)!);
    const cancelled = speech.last();
    session.pause();
    // Engines fire "end" or an "interrupted" error for a cancelled utterance.
    cancelled.events.onEnd();
    cancelled.events.onError('interrupted');
    expect(session.state.status).toBe('paused');
    session.resume();
    cancelled.events.onEnd();
    expect(speech.texts()).toEqual(['One two three.', 'One two three.']);
    expect(session.state.status).toBe('playing');
  });

  it('restarts the current sentence from its word with new settings', () => {
    const { script, speech, session, settings } = setUp();
    session.play(script.at(1, 0)!);
    speech.last().events.onWord(8, 5);
    settings.rate = 2;
    session.restart();
    expect(speech.last().request).toMatchObject({ text: 'three.', rate: 2 });
  });
});

describe('skipping', () => {
  it('by sentence, forward and back, while playing', () => {
    const { script, speech, session, marked } = setUp();
    session.play(script.at(1, 0)!);
    expect(session.skipSentence(1)).toBe(true);
    expect(marked()).toBe('Four five.');
    expect(speech.texts().at(-1)).toBe('Four five.');
    session.skipSentence(-1);
    session.skipSentence(-1);
    expect(marked()).toBe('Start');
    // Back from the first sentence: it starts again.
    session.skipSentence(-1);
    expect(marked()).toBe('Start');
    expect(speech.texts().at(-1)).toBe('Start');
  });

  it('by section', () => {
    const { script, session, marked } = setUp();
    session.play(script.at(1, 15)!);
    session.skipSection(1);
    expect(marked()).toBe('Next part');
    // In the last section there is nowhere further; reading goes on.
    expect(session.skipSection(1)).toBe(true);
    expect(marked()).toBe('Next part');
    session.skipSection(-1);
    expect(marked()).toBe('Start');
  });

  it('while paused moves the place and stays paused', () => {
    const { script, speech, session, marked } = setUp();
    session.play(script.first()!);
    session.pause();
    const spoken = speech.spoken.length;
    session.skipSentence(1);
    expect(marked()).toBe('One two three.');
    expect(session.state.status).toBe('paused');
    expect(speech.spoken).toHaveLength(spoken);
    session.resume();
    expect(speech.texts().at(-1)).toBe('One two three.');
  });

  it('next from the last sentence ends the reading', () => {
    const { script, session, changes } = setUp();
    session.play(script.at(3, 0)!);
    session.skipSentence(1);
    expect(session.state.status).toBe('stopped');
    expect(changes.at(-1)).toBe('finished');
  });

  it('does nothing when stopped, so the keys can mean something else', () => {
    const { session } = setUp();
    expect(session.skipSentence(1)).toBe(false);
    expect(session.skipSection(-1)).toBe(false);
  });
});

describe('stopping and failing', () => {
  it('stops, cancelling the utterance, and says nothing more', () => {
    const { script, speech, session, changes } = setUp();
    session.play(script.first()!);
    const utterance = speech.last();
    session.stop();
    expect(session.state.status).toBe('stopped');
    utterance.events.onEnd();
    expect(speech.spoken).toHaveLength(1);
    expect(changes).toEqual(['started', 'stopped']);
  });

  it('stops with the reason when the engine fails', () => {
    const { script, speech, session, changes } = setUp();
    session.play(script.first()!);
    speech.last().events.onError('synthesis-failed');
    expect(session.state).toMatchObject({ status: 'stopped', error: 'synthesis-failed' });
    expect(changes.at(-1)).toBe('failed');
    expect(speechErrorMessage('synthesis-failed', english)).toBe(
      'Reading aloud stopped: the speech engine failed.',
    );
    expect(speechErrorMessage('weird-code', english)).toContain('“weird-code”');
    expect(speechErrorMessage('audio-busy', french)).toBe(
      'Lecture à voix haute interrompue\u202f: la sortie audio est utilisée par un autre programme.',
    );
  });
});

describe('a word from a boundary', () => {
  it('is kept inside its sentence', () => {
    expect(wordAt('one two', 4, 10, 7)).toEqual({ start: 4, end: 7 });
    expect(wordAt('one two', 7, 1, 7)).toBeNull();
    expect(wordAt('one two', -1, 1, 7)).toBeNull();
  });
});
