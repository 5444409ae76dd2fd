// Block text cut into the sentences read aloud, one utterance each. A sentence
// is a span of offsets into Block.text, like every other position in the app,
// so the mark, the place to resume from and the skip keys all address the
// text model, never the DOM.
import type { TextRange } from '../../../common/segments';

/**
 * Longer "sentences" are cut at a pause (a comma, a semicolon) or a space:
 * plain-text sources have runs of hundreds of words without a full stop (a
 * table, a list flattened into a paragraph), and one such run as a single
 * utterance would make the mark a whole screen and the skip keys useless.
 */
export const MAX_SENTENCE_LENGTH = 400;

/**
 * Intl.Segmenter ends a sentence after any full stop followed by a capital,
 * so "Mr. Kim" would be read as two sentences with a pause between. V8
 * ignores the "ss" locale key that turns on ICU's abbreviation lists (in
 * Node 20 and Chromium 156 alike), so the titles that stand before a name are
 * joined back here.
 */
const TITLE_BEFORE_NAME =
  /(?:^|[\s("“‘])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Mt|Gen|Col|Capt|Lt|Sgt|Rev|Hr|Fr|vs|Fig)\.$/;

/** A segment with nothing to say: no letter and no digit (a dash, a row of asterisks). */
const SPEAKABLE = /[\p{L}\p{N}]/u;

export function sentenceSegmenter(language: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language || undefined, { granularity: 'sentence' });
  } catch (error) {
    // A language tag the compiler passed through but ICU cannot read: the
    // default rules still cut sentences at their punctuation.
    if (error instanceof RangeError) {
      return new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    throw error;
  }
}

/**
 * The sentences of `text`, in order, each trimmed of surrounding white space;
 * segments without a letter or digit are left out.
 */
export function cutSentences(text: string, segmenter: Intl.Segmenter): TextRange[] {
  const trimmed: TextRange[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const span = trim(text, index, index + segment.length);
    if (span) trimmed.push(span);
  }

  const joined: TextRange[] = [];
  for (const span of trimmed) {
    const previous = joined.at(-1);
    if (previous && TITLE_BEFORE_NAME.test(text.slice(previous.start, previous.end))) {
      previous.end = span.end;
    } else {
      joined.push({ ...span });
    }
  }

  return joined
    .flatMap((span) => splitLong(text, span))
    .filter((span) => SPEAKABLE.test(text.slice(span.start, span.end)));
}

function trim(text: string, start: number, end: number): TextRange | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Cuts a span longer than MAX_SENTENCE_LENGTH at its last pause, else its last space, before the limit. */
function splitLong(text: string, span: TextRange): TextRange[] {
  const pieces: TextRange[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_LENGTH) {
    const window = text.slice(start, start + MAX_SENTENCE_LENGTH);
    const pause = lastMatchEnd(window, /[,;:)\]—–](?=\s)/g);
    const space = lastMatchEnd(window, /\s/g);
    // A cut in the first half would leave a stub; past it, the nicest cut wins.
    const half = MAX_SENTENCE_LENGTH / 2;
    const cut = pause > half ? pause : space > half ? space : MAX_SENTENCE_LENGTH;
    const piece = trim(text, start, start + cut);
    if (piece) pieces.push(piece);
    start += cut;
  }
  const rest = trim(text, start, span.end);
  if (rest) pieces.push(rest);
  return pieces;
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}
